package org.fazhi.disclosure.redaction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Licence plates of private cars: {@code 豫D12345} → {@code 豫D*****} (the province and the issuing office stay).
 * A plate is private when its sentence says so ({@code 个人}, {@code 私家车}, {@code 本人}, …); it is a company's, and
 * stays, when its sentence ties it to one ({@code 公司}, {@code 单位}, {@code 营运}, {@code 货运}, …); otherwise it
 * follows the party: kept for an organisation, redacted for a natural person or an unknown party.
 */
final class PlateFinder implements Redaction.Finder {

    private static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
    private static final Pattern PLATE = Pattern.compile("(?<![A-Za-z0-9])[" + PROVINCES + "]"
            + "[A-HJ-NP-Z][·• ]?[A-HJ-NP-Z0-9]{5,6}(?![A-Za-z0-9])");
    private static final Pattern PRIVATE = Pattern.compile("个人|私家车|私人|其本人|本人|自有|家用|私车");
    private static final Pattern COMPANY = Pattern.compile("公司|单位|企业|营运|货运|车队|公务|挂靠|合作社|工厂");

    @Override
    public void find(String text, RedactionContext context, List<RedactionSpan> into) {
        for (int at = 0; at < text.length() - 1; at++) {
            if (!isOfficeLetter(text.charAt(at + 1)) || PROVINCES.indexOf(text.charAt(at)) < 0) {
                continue;
            }
            Matcher plate = PLATE.matcher(text).region(at, text.length()).useTransparentBounds(true);
            if (!plate.lookingAt()) {
                continue;
            }
            if (isPrivate(Text.sentence(text, plate.start()), context.party())) {
                String original = plate.group();
                into.add(new RedactionSpan(plate.start(), plate.end(), RedactionKind.LICENCE_PLATE, original,
                        original.substring(0, 2) + Masks.maskLettersAndDigits(original.substring(2), false)));
            }
        }
    }

    private static boolean isPrivate(String sentence, RedactionContext.Party party) {
        if (PRIVATE.matcher(sentence).find()) {
            return true;
        }
        if (COMPANY.matcher(sentence).find()) {
            return false;
        }
        return party != RedactionContext.Party.ORGANISATION;
    }

    private static boolean isOfficeLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
