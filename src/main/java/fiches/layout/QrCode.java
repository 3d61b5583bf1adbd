package fiches.layout;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A QR code for a web address, as a square of modules with its quiet zone. It is printed at
 * least {@link #MIN_SIDE_MM} wide, and wider when the address needs so many modules that each
 * would fall under {@link #MIN_MODULE_MM}, the smallest an office printer and a phone camera
 * both handle well.
 *
 * @param modules the modules, quiet zone included: {@code modules.get(x, y)} is a dark module
 */
public record QrCode(BitMatrix modules) {
    /** The printed width of the code, quiet zone included. */
    public static final float MIN_SIDE_MM = 24f;

    static final float MIN_MODULE_MM = 0.5f;
    /** The quiet zone around the code, in modules: what the QR standard asks for. */
    public static final int QUIET_ZONE = 4;
    /**
     * The longest address given a code: beyond it a code would be too dense to read from paper
     * beside large print, and the address is typed instead.
     */
    public static final int MAX_ADDRESS = 300;

    /** The code for an address, or empty when the address is too long for a readable code. */
    public static Optional<QrCode> of(String address) {
        if (address.length() > MAX_ADDRESS) {
            return Optional.empty();
        }
        try {
            // Error correction M: a sheet may be creased or smudged.
            Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
            hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
            hints.put(EncodeHintType.MARGIN, QUIET_ZONE);
            if (!StandardCharsets.US_ASCII.newEncoder().canEncode(address)) {
                // Only then: UTF-8 adds a character-set mark that some older readers stumble on.
                hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
            }
            return Optional.of(new QrCode(new QRCodeWriter().encode(address, BarcodeFormat.QR_CODE, 0, 0, hints)));
        } catch (WriterException e) {
            return Optional.empty();
        }
    }

    /** The number of modules on a side, quiet zone included. */
    public int size() {
        return modules.getWidth();
    }

    /** The printed side, quiet zone included, in millimetres. */
    public float sideMm() {
        return Math.max(MIN_SIDE_MM, size() * MIN_MODULE_MM);
    }

    public boolean dark(int x, int y) {
        return modules.get(x, y);
    }
}
