package io.github.nianbao.export;

import io.github.nianbao.model.CodebookEntry;
import java.math.BigDecimal;

/**
 * The money cells of section 二 (收费金额, 采购总金额), whose column may mix 元 and 万元: the unit printed beside the
 * number or fixed by the template's column label, and the amount converted to 万元 as a derived value. The printed
 * number is never changed.
 */
public final class AmountUnit {

    /** 万元 (ten thousand yuan). */
    public static final String WAN = "万元";
    /** 元 (yuan). */
    public static final String YUAN = "元";

    private AmountUnit() {
    }

    /** Whether the cell is an amount of money (its codebook unit mentions 元). */
    public static boolean isAmount(CodebookEntry e) {
        return e.unit().contains(YUAN);
    }

    /**
     * The unit of one printed amount: 万元 (also a bare 万) or 元 when the token ends with it, else the column label's unit when the
     * template fixes one ({@code 本年收费金额（单位：万元）}), else null (not printed).
     */
    public static String printedUnit(CodebookEntry e, String raw) {
        String token = raw == null ? "" : raw.strip();
        if (token.endsWith(WAN) || token.endsWith("万")) {
            return WAN;
        }
        if (token.endsWith(YUAN)) {
            return YUAN;
        }
        return e.columnLabel().contains(WAN) ? WAN : null;
    }

    /** The amount in 万元: the value itself, a 元 value moved four places, or null when the unit is not known. */
    public static BigDecimal inWan(BigDecimal value, String unit) {
        if (value == null || unit == null) {
            return null;
        }
        return switch (unit) {
            case WAN -> value;
            case YUAN -> value.movePointLeft(4);
            default -> null;
        };
    }
}
