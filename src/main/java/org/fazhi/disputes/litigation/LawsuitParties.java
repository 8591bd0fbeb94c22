package org.fazhi.disputes.litigation;

import java.util.List;
import java.util.Random;

import org.fazhi.casework.CaseDirectory;
import org.fazhi.platform.FieldCipher;
import org.fazhi.registry.RegionDirectory;
import org.fazhi.shared.IdNumber;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who a generated lawsuit is between and over what: the county's basic court and the intermediate court above it,
 * a plaintiff (a person about three times in five, the ID number encrypted and masked as a registered one is, else a
 * firm), the defendant department and the contested act — a decided penalty when there is one, else one of the acts
 * county departments are commonly sued over.
 */
@Component
class LawsuitParties {

    /** The courts and the procuratorate the county deals with. */
    record Courts(String basic, String intermediate, String procuratorate) {
    }

    /** The parties and the act of one lawsuit. */
    record Dispute(Lawsuit.Plaintiff plaintiff, long agencyId, String cause, String act) {
    }

    /** Causes (案由) with a contested act each. */
    private static final String[][] DISPUTES = {{"行政处罚", "作出的罚款行政处罚决定"},
        {"行政许可", "作出的不予行政许可决定"}, {"行政强制", "查封经营场所的行政强制措施"},
        {"行政征收", "作出的房屋征收补偿决定"}, {"政府信息公开", "作出的政府信息公开申请答复"},
        {"行政确认", "作出的工伤认定决定"}, {"行政协议", "解除招商引资协议的行为"},
        {"行政赔偿", "违法扣押财物的行政赔偿"}, {"不履行法定职责", "未依法查处举报事项"},
        {"行政登记", "作出的不动产登记行为"}};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙",
        "马", "朱", "胡", "郭", "何", "高", "林", "罗"};
    private static final String[] FIRMS = {"商贸有限公司", "建筑工程有限公司", "食品有限公司", "农业发展有限公司",
        "物流有限公司", "餐饮管理有限公司", "房地产开发有限公司"};

    private final RegionDirectory regions;
    private final FieldCipher cipher;

    LawsuitParties(RegionDirectory regions, FieldCipher cipher) {
        this.regions = regions;
        this.cipher = cipher;
    }

    Courts courts(RegionCode county) {
        String name = regions.find(county).map(RegionDirectory.RegionInfo::name).orElse("县");
        String city = regions.find(RegionCode.of(county.value().substring(0, 4) + "00"))
                .map(RegionDirectory.RegionInfo::name).orElse("市");
        return new Courts(name + "人民法院", city + "中级人民法院", name + "人民检察院");
    }

    /** A plaintiff and an act: against {@code penalty} when given, else a department's act. */
    Dispute dispute(RegionCode county, List<Long> departments, CaseDirectory.@Nullable DecidedCase penalty,
                    Random random) {
        Lawsuit.Plaintiff plaintiff = random.nextInt(100) < 60 ? person(county, random)
                : new Lawsuit.Plaintiff(PlaintiffKind.ORGANISATION, pick(SURNAMES, random) + "某" + pick(FIRMS, random),
                null, null, null);
        if (penalty != null) {
            return new Dispute(plaintiff, penalty.agencyId(), "行政处罚", "案件" + penalty.caseCode() + "的行政处罚决定");
        }
        String[] dispute = DISPUTES[random.nextInt(DISPUTES.length)];
        return new Dispute(plaintiff, departments.get(random.nextInt(departments.size())), dispute[0], dispute[1]);
    }

    private Lawsuit.Plaintiff person(RegionCode county, Random random) {
        String body = county.value() + (1950 + random.nextInt(50)) + String.format("%02d%02d%03d",
                1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(1000));
        IdNumber id = IdNumber.of(body + IdNumber.checkCharacter(body));
        return new Lawsuit.Plaintiff(PlaintiffKind.PERSON, pick(SURNAMES, random) + "某某", cipher.encrypt(id.value()),
                id.masked(), null);
    }

    private static String pick(String[] texts, Random random) {
        return texts[random.nextInt(texts.length)];
    }
}
