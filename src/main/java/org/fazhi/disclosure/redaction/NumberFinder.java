package org.fazhi.disclosure.redaction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fazhi.shared.IdNumber;

/**
 * ID numbers, phone numbers and bank accounts. A long number is told apart by its shape (an ID number's birth date
 * and check digit, a card's Luhn digit) and by the words just before it in its clause: {@code 身份证} makes it an ID
 * number whatever its check digit (a mistyped one is still personal); {@code 编号}, {@code 文号}, {@code 代码},
 * {@code 缴款码} and the like keep it (case numbers, credit codes, payment codes).
 */
final class NumberFinder implements Redaction.Finder {

    private static final String NOT_AFTER = "(?![0-9A-Za-z]|\\.\\d|元|万|亿|%|％)";
    private static final Pattern ID_18 = Pattern.compile("(?<![0-9A-Za-z])[1-9]\\d{5}(?:18|19|20)\\d{2}"
            + "(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[0-9Xx]" + NOT_AFTER);
    private static final Pattern ID_15 = Pattern.compile("(?<![0-9A-Za-z])[1-9]\\d{7}(?:0[1-9]|1[0-2])"
            + "(?:0[1-9]|[12]\\d|3[01])\\d{3}" + NOT_AFTER);
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9A-Za-z+])(?:(?:\\+|00)?86[- ]?)?1[3-9]\\d(?:[- ]?\\d{4}){2}"
            + NOT_AFTER);
    private static final Pattern LANDLINE = Pattern.compile("(?<![0-9A-Za-z])(?:[（(]0\\d{2,3}[)）][- ]?|0\\d{2,3}[-－ ])"
            + "[2-9]\\d{6,7}(?:(?:转|-)\\d{1,5})?" + NOT_AFTER);
    /** A phone without separators or area code counts only after a phone cue. */
    private static final Pattern PLAIN_PHONE = Pattern.compile("(?<![0-9A-Za-z])(?:0\\d{9,11}|[2-9]\\d{6,7})" + NOT_AFTER);
    private static final Pattern CARD = Pattern.compile("(?<![0-9A-Za-z])\\d{4}(?: ?\\d{4}){3}(?: ?\\d{1,3})?" + NOT_AFTER);
    private static final Pattern ACCOUNT = Pattern.compile("(?<![0-9A-Za-z])\\d(?:[ -]?\\d){9,29}" + NOT_AFTER);

    private static final Pattern CUES = Pattern.compile("公民身份号码|身份证号码|身份证号|身份证|证件号码|证件号|"
            + "电话|手机|联系方式|座机|tel|银行卡|卡号|账号|帐号|账户|帐户|"
            + "编号|文号|案号|代码|缴款码|缴款书|流水号|单号|批号|登记号|注册号|许可证|证号|执法证|票据号|条码|订单|序列号|识别号",
            Pattern.CASE_INSENSITIVE);
    private static final int CUE_WIDTH = 16;

    private enum Cue { ID, PHONE, BANK, KEEP, NONE }

    /** What may join the digits of one number: 138-1234-5678, (0375)5012345转802, +86 138…, …004X. */
    private static final String JOINERS = " -－()（）转Xx+";
    private static final int SHORTEST_NUMBER = 5;

    /**
     * The patterns run only around runs of digits (a window a little wider, for a leading {@code +} or {@code (}):
     * tried at every character of a 2,000-character decision they would cost more than everything else together.
     */
    @Override
    public void find(String text, RedactionContext context, List<RedactionSpan> into) {
        int i = 0;
        while (i < text.length()) {
            if (!isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int end = i;
            int digits = 0;
            int joined = 0;
            for (; i < text.length(); i++) {
                char c = text.charAt(i);
                if (isDigit(c)) {
                    digits++;
                    joined = 0;
                    end = i + 1;
                } else if (JOINERS.indexOf(c) < 0 || ++joined > 2) {
                    break;
                }
            }
            if (digits >= SHORTEST_NUMBER) {
                Number number = new Number(text, Math.max(0, start - 4), Math.min(text.length(), end + 1), digits,
                        cueBefore(text, start));
                ids(number, into);
                phones(number, into);
                accounts(number, into);
            }
        }
    }

    /**
     * A run of digits and what may join them, with the cue word before it; the patterns run inside it, their
     * look-arounds still seeing beyond. A pattern runs only if the run has enough digits for it.
     */
    private record Number(String text, int from, int to, int digits, Cue cue) {

        Matcher matcher(Pattern pattern) {
            return pattern.matcher(text).region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
        }
    }

    private static void ids(Number number, List<RedactionSpan> into) {
        if (number.digits() >= 17 && number.cue() != Cue.BANK) {
            Matcher id = number.matcher(ID_18);
            while (id.find()) {
                String digits = id.group().toUpperCase();
                boolean checks = IdNumber.checkCharacter(digits.substring(0, 17)) == digits.charAt(17);
                if (number.cue() == Cue.ID || (checks && number.cue() != Cue.KEEP)) {
                    add(id, RedactionKind.ID_NUMBER, into);
                }
            }
        }
        if (number.digits() >= 15 && (number.cue() == Cue.ID || number.cue() == Cue.NONE)) {
            Matcher old = number.matcher(ID_15);
            while (old.find()) {
                add(old, RedactionKind.ID_NUMBER, into);
            }
        }
    }

    private static void phones(Number number, List<RedactionSpan> into) {
        if (number.cue() == Cue.KEEP) {
            return;
        }
        if (number.digits() >= 10) {
            for (Pattern phone : List.of(MOBILE, LANDLINE)) {
                Matcher match = number.matcher(phone);
                while (match.find()) {
                    add(match, RedactionKind.PHONE, into);
                }
            }
        }
        if (number.cue() == Cue.PHONE) {
            Matcher plain = number.matcher(PLAIN_PHONE);
            while (plain.find()) {
                add(plain, RedactionKind.PHONE, into);
            }
        }
    }

    private static void accounts(Number number, List<RedactionSpan> into) {
        if (number.cue() == Cue.BANK && number.digits() >= 10) {
            Matcher account = number.matcher(ACCOUNT);
            while (account.find()) {
                add(account, RedactionKind.BANK_ACCOUNT, into);
            }
        }
        if (number.cue() == Cue.NONE && number.digits() >= 16) {
            Matcher card = number.matcher(CARD);
            while (card.find()) {
                if (luhn(card.group())) {
                    add(card, RedactionKind.BANK_ACCOUNT, into);
                }
            }
        }
    }

    /** The last cue word before a number, within its clause and {@value #CUE_WIDTH} characters. */
    private static Cue cueBefore(String text, int position) {
        Matcher cue = CUES.matcher(Text.before(text, position, CUE_WIDTH));
        String last = null;
        while (cue.find()) {
            last = cue.group();
        }
        if (last == null) {
            return Cue.NONE;
        }
        if (last.contains("身份") || last.startsWith("证件")) {
            return Cue.ID;
        }
        if (last.contains("电话") || last.contains("手机") || last.contains("联系") || last.contains("座机")
                || last.equalsIgnoreCase("tel")) {
            return Cue.PHONE;
        }
        return last.contains("卡") || last.contains("账") || last.contains("帐") ? Cue.BANK : Cue.KEEP;
    }

    private static boolean luhn(String number) {
        String digits = number.replace(" ", "");
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    private static void add(Matcher match, RedactionKind kind, List<RedactionSpan> into) {
        into.add(new RedactionSpan(match.start(), match.end(), kind, match.group(),
                Masks.maskLettersAndDigits(match.group(), false)));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
