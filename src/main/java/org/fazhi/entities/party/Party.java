package org.fazhi.entities.party;

import java.util.List;

import org.fazhi.entities.CreditGrade;
import org.fazhi.entities.PartyKind;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;

/**
 * A regulated party (行政相对人). A person's ID number and every contact phone are held only masked here; their
 * ciphertexts stay in the repository. Life cycle: registered (by form or import), updated by later imports with
 * the same code, graded (信用分级) over time, closed when its registration ends (注销、吊销).
 */
public record Party(long id, RegionCode region, PartyKind kind, @Nullable String creditCode,
                   @Nullable String idNumberMasked, String name, @Nullable String address,
                   @Nullable String industryCode, @Nullable Scale scale, boolean fiveAbove,
                   @Nullable String contactName, @Nullable String contactPhoneMasked, PartyStatus status,
                   @Nullable CreditGrade creditGrade, List<PartyMark> marks, int version) {

    public Party {
        marks = List.copyOf(marks);
    }

    /** The code shown to users: the credit code, or the masked ID number of a person. */
    public String displayCode() {
        return creditCode != null ? creditCode : idNumberMasked == null ? "" : idNumberMasked;
    }
}
