package org.reciprocity.reporting;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A receipt code known in advance, for the demo's first report only, so that the README can name a code to try
 * ({@code DEM0-C0DE-2026-0001}). {@link #during} makes the next receipt issued on this thread carry the given code
 * instead of a random one; the report is filed through {@link ReportService#file} as any other, and the code is
 * hashed and stored as any other.
 * <p>
 * Only the {@code demo} module calls it: a code anyone can read in the README protects nothing, which is fine for
 * a made-up report and wrong for every real one.
 */
public final class KnownReceiptCode {

    private static final ThreadLocal<@Nullable String> NEXT = new ThreadLocal<>();

    private KnownReceiptCode() {
    }

    /** Runs {@code filing} with {@code code} as the next receipt code issued on this thread. */
    public static <T> T during(String code, Supplier<T> filing) {
        if (ReceiptCodes.normalise(code).isEmpty()) {
            throw new IllegalArgumentException("Not a receipt code: " + code);
        }
        NEXT.set(code);
        try {
            return filing.get();
        } finally {
            NEXT.remove();
        }
    }

    /** The known code for the receipt being issued now, once; null for a random one. */
    static @Nullable String take() {
        var code = NEXT.get();
        NEXT.remove();
        return code;
    }
}
