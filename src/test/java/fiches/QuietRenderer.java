package fiches;

import com.openhtmltopdf.util.XRLog;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Keeps the renderer's progress log out of test output, as the command line does. */
public final class QuietRenderer implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
        XRLog.setLoggingEnabled(false);
    }
}
