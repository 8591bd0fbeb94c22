package org.fazhi.disputes.litigation;

import java.time.LocalDate;

import org.fazhi.disputes.LawsuitOutcome;
import org.fazhi.registry.RegistryTestData;
import org.springframework.stereotype.Component;

/** Lawsuits for other modules' tests: one the agency lost, through the service as the bureau records it. */
@Component
public class LitigationTestData {

    private final Lawsuits lawsuits;

    LitigationTestData(Lawsuits lawsuits) {
        this.lawsuits = lawsuits;
    }

    /** A first-instance lawsuit against the agency (of the test county), served and revoked on {@code decidedOn}. */
    public long lost(long agencyId, LocalDate decidedOn) {
        return concluded(agencyId, LawsuitOutcome.REVOKED, decidedOn);
    }

    public long concluded(long agencyId, LawsuitOutcome outcome, LocalDate decidedOn) {
        long id = lawsuits.register(RegistryTestData.supervisor(), new LawsuitForm("郏县人民法院", Instance.FIRST,
                "（测试）行初" + RegistryTestData.suffix() + "号", null, PlaintiffKind.ORGANISATION, "某有限公司", null,
                agencyId, "行政处罚", "罚款一万元的行政处罚决定", null, decidedOn.minusDays(60))).id();
        lawsuits.conclude(RegistryTestData.supervisor(), id, outcome, decidedOn, "判决书");
        return id;
    }
}
