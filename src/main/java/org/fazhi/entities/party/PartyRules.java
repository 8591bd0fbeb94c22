package org.fazhi.entities.party;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.fazhi.entities.PartyKind;
import org.fazhi.platform.FieldCipher;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.fazhi.shared.CreditCode;
import org.fazhi.shared.IdNumber;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The checks on a party, shared by the form, the API and the bulk import, and the turning of its personal data
 * into what is stored: a person's ID number and every phone encrypted (SM4), with masked copies to show.
 */
@Component
public class PartyRules {

    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
    private static final Pattern LANDLINE = Pattern.compile("0[0-9]{2,3}-?[0-9]{7,8}");
    /** A phone as pages and exports show it (138****5678): the stored number stays as it is. */
    private static final Pattern MASKED = Pattern.compile("([0-9]{3})?\\*{4}([0-9]{4})?");

    private final FieldCipher cipher;

    public PartyRules(FieldCipher cipher) {
        this.cipher = cipher;
    }

    /**
     * The party the form describes, ready to store, or every problem with it. {@code existing} is the stored party
     * and its identity key when editing (a blank code then keeps the stored identity).
     */
    public PartyDraft check(PartyForm form, PartyLookups lookups, @Nullable Existing existing) {
        List<FieldProblem> problems = new ArrayList<>();
        String code = form.code() == null ? "" : form.code().strip();
        String identityKey = null;
        String creditCode = null;
        String idCipher = null;
        String idMasked = existing == null ? null : existing.party().idNumberMasked();
        PartyKind kind = form.kind();
        if (kind == null) {
            problems.add(FieldProblem.of("kind", "entities.party.kind.required"));
        } else if (kind.identifiedByIdNumber()) {
            if (code.isEmpty() && existing != null && existing.party().kind() == PartyKind.PERSON) {
                identityKey = existing.identityKey();
            } else {
                Optional<String> invalid = code.isEmpty() ? Optional.of("entities.party.id-number.required")
                        : IdNumber.validate(code);
                if (invalid.isPresent()) {
                    problems.add(FieldProblem.of("code", invalid.get()));
                } else {
                    IdNumber number = IdNumber.of(code);
                    identityKey = "ID:" + cipher.lookupHash(number.value());
                    idCipher = cipher.encrypt(number.value());
                    idMasked = number.masked();
                }
            }
        } else {
            Optional<String> invalid = code.isEmpty() ? Optional.of("entities.party.credit-code.required")
                    : CreditCode.validate(code);
            if (invalid.isPresent()) {
                problems.add(FieldProblem.of("code", invalid.get()));
            } else {
                creditCode = CreditCode.of(code).value();
                identityKey = "CC:" + creditCode;
                idMasked = null;
            }
        }
        String name = form.name() == null ? "" : form.name().strip();
        if (name.length() < 2 || name.length() > 200) {
            problems.add(FieldProblem.of("name", name.isEmpty() ? "entities.party.name.required" : "entities.party.name.size"));
        }
        Optional<RegionCode> region = lookups.region(form.regionCode() == null ? "" : form.regionCode());
        if (region.isEmpty()) {
            problems.add(FieldProblem.of("regionCode", "entities.party.region.unknown"));
        }
        String industry = null;
        if (form.industryCode() != null && !form.industryCode().isBlank()) {
            Optional<String> known = lookups.industry(form.industryCode());
            known.ifPresentOrElse(value -> { }, () -> problems.add(FieldProblem.of("industryCode",
                    "entities.party.industry.unknown")));
            industry = known.orElse(null);
        }
        String phone = form.contactPhone() == null ? "" : form.contactPhone().strip().replace(" ", "");
        if (MASKED.matcher(phone).matches()) {
            phone = "";
        }
        if (!phone.isEmpty() && !MOBILE.matcher(phone).matches() && !LANDLINE.matcher(phone).matches()) {
            problems.add(FieldProblem.of("contactPhone", "entities.party.phone.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String phoneMasked = phone.isEmpty() ? (existing == null ? null : existing.party().contactPhoneMasked())
                : mask(phone);
        Party party = new Party(existing == null ? 0 : existing.party().id(), region.get(), kind, creditCode,
                idMasked, name, blankToNull(form.address()), industry, form.scale(), form.fiveAbove(),
                blankToNull(form.contactName()), phoneMasked,
                form.status() == null ? PartyStatus.OPERATING : form.status(), form.creditGrade(), form.markList(),
                form.version());
        return new PartyDraft(party, identityKey, idCipher, phone.isEmpty() ? null : cipher.encrypt(phone));
    }

    /** The stored party being edited, with its identity key. */
    public record Existing(Party party, String identityKey) {
    }

    static String mask(String phone) {
        return phone.length() <= 7 ? "****" : phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
