package fiches.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A QR code of an address: exact, error correction M, its quiet zone, and modules large enough to print. */
class QrCodeTest {
    private static final String SHORT = "https://www.ameli.fr/assure/adherer";

    @Test
    void readsBackAsTheExactAddressWithErrorCorrectionM() throws Exception {
        for (String address : new String[] {SHORT, "https://www.exemple.fr/démarches/état-civil?q=é&x=1#haut"}) {
            Result r = read(QrCode.of(address).orElseThrow());
            assertEquals(address, r.getText());
            assertEquals("M", r.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL));
        }
    }

    @Test
    void keepsAQuietZoneOfFourModulesOnEverySide() {
        QrCode code = QrCode.of(SHORT).orElseThrow();
        int n = code.size();
        for (int i = 0; i < n; i++) {
            for (int edge = 0; edge < QrCode.QUIET_ZONE; edge++) {
                assertFalse(
                        code.dark(i, edge)
                                || code.dark(i, n - 1 - edge)
                                || code.dark(edge, i)
                                || code.dark(n - 1 - edge, i),
                        "a dark module in the quiet zone");
            }
        }
        assertTrue(code.dark(QrCode.QUIET_ZONE, QrCode.QUIET_ZONE), "the finder pattern starts after the quiet zone");
    }

    @Test
    void isPrintedAtLeast20MillimetresWideAndWiderWhenItsModulesWouldBeTooSmall() {
        QrCode small = QrCode.of(SHORT).orElseThrow();
        assertTrue(small.sideMm() >= 20);
        QrCode dense = QrCode.of("https://www.exemple.fr/" + "a".repeat(QrCode.MAX_ADDRESS - 23))
                .orElseThrow();
        assertTrue(dense.size() * QrCode.MIN_MODULE_MM > QrCode.MIN_SIDE_MM, "the address should need many modules");
        assertTrue(dense.sideMm() / dense.size() >= QrCode.MIN_MODULE_MM - 1e-6);
    }

    @Test
    void anAddressTooLongForAReadableCodeGetsNone() {
        assertTrue(QrCode.of("https://www.exemple.fr/" + "a".repeat(QrCode.MAX_ADDRESS))
                .isEmpty());
    }

    /** Reads the code from a picture of it, four pixels a module. */
    private static Result read(QrCode code) throws Exception {
        int scale = 4;
        int side = code.size() * scale;
        int[] pixels = new int[side * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                pixels[y * side + x] = code.dark(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, true));
    }
}
