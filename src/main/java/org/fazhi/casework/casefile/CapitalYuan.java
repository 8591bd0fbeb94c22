package org.fazhi.casework.casefile;

import java.util.ArrayList;
import java.util.List;

import org.fazhi.shared.Money;

/**
 * An amount in 大写 as a decision writes it beside the figures (人民币贰仟元整, 壹万零伍拾元伍角): the financial
 * numerals, so that no stroke turns one amount into another.
 */
final class CapitalYuan {

    private static final String[] DIGITS = {"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"};
    private static final String[] LOWER = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    private static final String[] PLACES = {"", "拾", "佰", "仟"};
    private static final String[] GROUPS = {"", "万", "亿", "万亿"};

    private CapitalYuan() {
    }

    static String of(Money amount) {
        long fen = Math.abs(amount.fen());
        long yuan = fen / 100;
        int jiao = (int) (fen / 10 % 10);
        int cents = (int) (fen % 10);
        StringBuilder text = new StringBuilder();
        if (yuan > 0 || fen == 0) {
            text.append(yuan == 0 ? DIGITS[0] : integer(yuan)).append("元");
        }
        if (jiao > 0) {
            text.append(DIGITS[jiao]).append("角");
        } else if (yuan > 0 && cents > 0) {
            text.append(DIGITS[0]);
        }
        if (cents > 0) {
            text.append(DIGITS[cents]).append("分");
        } else {
            text.append("整");
        }
        return text.toString();
    }

    /** A count of days as the documents write it: 五, 十五, 三十. */
    static String count(int number) {
        if (number < 1 || number > 99) {
            return String.valueOf(number);
        }
        String tens = number >= 20 ? LOWER[number / 10] + "十" : number >= 10 ? "十" : "";
        return tens + (number % 10 == 0 ? "" : LOWER[number % 10]);
    }

    /** Groups of four digits from the highest; a zero between written digits is read once (壹万零壹). */
    private static String integer(long yuan) {
        List<Integer> groups = new ArrayList<>();
        for (long rest = yuan; rest > 0; rest /= 10_000) {
            groups.add((int) (rest % 10_000));
        }
        StringBuilder text = new StringBuilder();
        boolean zero = false;
        for (int i = groups.size() - 1; i >= 0; i--) {
            int group = groups.get(i);
            if (group == 0) {
                zero = !text.isEmpty();
                continue;
            }
            if (!text.isEmpty() && (zero || group < 1000)) {
                text.append(DIGITS[0]);
            }
            text.append(group(group)).append(GROUPS[i]);
            zero = false;
        }
        return text.toString();
    }

    private static String group(int group) {
        StringBuilder text = new StringBuilder();
        boolean zero = false;
        for (int place = 3, power = 1000; place >= 0; place--, power /= 10) {
            int digit = group / power % 10;
            if (digit == 0) {
                zero = !text.isEmpty();
            } else {
                text.append(zero ? DIGITS[0] : "").append(DIGITS[digit]).append(PLACES[place]);
                zero = false;
            }
        }
        return text.toString();
    }
}
