package org.fazhi.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.fazhi.disclosure.redaction.Redaction;
import org.fazhi.disclosure.redaction.RedactionContext;
import org.fazhi.shared.IdNumber;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Redaction throughput on one thread: decisions per second for realistic penalty decisions of about 2,000
 * characters. Reported against the wall clock and against the thread's own CPU time: on a machine shared with other
 * builds the second is what one core would do (party block, facts, evidence, legal basis, the decision and the remedies), each with its own names,
 * ID number, phones, address, plate and e-mail. Size: {@code -Dbench.decisions=200000} (default 300 for CI);
 * {@code -Dbench.warmup} decisions are redacted first and not timed (default 300).
 */
@Tag("benchmark")
class RedactionBenchmark {

    private static final String[] SURNAMES = {"张", "李", "王", "刘", "陈", "杨", "赵", "黄", "周", "吴", "欧阳", "司马"};
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰";

    @Test
    void redactsDecisionsOnOneThread() throws Exception {
        int count = BenchmarkReport.size("bench.decisions", 300);
        int warmup = BenchmarkReport.size("bench.warmup", 300);
        List<Decision> decisions = decisions(64);
        for (int i = 0; i < warmup; i++) {
            check(decisions.get(i % decisions.size()));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long started = System.nanoTime();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        long characters = 0;
        int spans = 0;
        for (int i = 0; i < count; i++) {
            Decision decision = decisions.get(i % decisions.size());
            spans += Redaction.of(decision.text(), decision.context()).spans().size();
            characters += decision.text().length();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
        for (Decision decision : decisions) {
            check(decision);
        }
        BenchmarkReport.write("redaction", List.of(String.format(
                "%d decisions of %d characters on average, one thread: %.3f s wall, %,.0f decisions/s; %.3f s of the "
                        + "thread's CPU time, %,.0f decisions per CPU-second; %.1f spans each  (%s)",
                count, characters / count, seconds, count / seconds, cpuSeconds, count / cpuSeconds,
                (double) spans / count, Instant.now())));
        assertThat(characters / count).isBetween(1_800L, 2_400L);
    }

    /** Every piece of personal information is gone from the published text and what must stay is still there. */
    private static void check(Decision decision) {
        String published = Redaction.of(decision.text(), decision.context()).apply();
        for (String secret : decision.secrets()) {
            assertThat(published).doesNotContain(secret);
        }
        assertThat(published).contains("郏市监罚〔2026〕", "91410425MA45ABCD1Q", "执法人员高明", "第一百二十四条", "人民币");
    }

    private static List<Decision> decisions(int count) {
        Random random = new Random(20261205);
        List<Decision> decisions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            decisions.add(decision(random, i));
        }
        return decisions;
    }

    private static Decision decision(Random random, int number) {
        String party = name(random);
        String witness = name(random);
        String idBody = String.format("410425%04d%02d%02d%03d", 1960 + random.nextInt(45), 1 + random.nextInt(12),
                1 + random.nextInt(28), random.nextInt(1000));
        String id = idBody + IdNumber.checkCharacter(idBody);
        String mobile = "13" + (5 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000));
        String witnessPhone = "0375-" + (5_000_000 + random.nextInt(999_999));
        String unit = (1 + random.nextInt(99)) + "号" + (1 + random.nextInt(6)) + "单元" + (101 + random.nextInt(1500)) + "室";
        String plate = "豫D" + String.format("%05d", random.nextInt(100_000));
        String email = "user" + number + "@163.com";
        String text = String.join("", "郏县市场监督管理局行政处罚决定书\n郏市监罚〔2026〕", String.valueOf(number + 1), "号\n",
                "当事人：", party, "，性别：男，身份证号码：", id, "，住址：郏县龙山街道文化路", unit, "，联系电话：", mobile,
                "，电子邮箱：", email, "。\n",
                "经营场所：郏县龙山街道人民路88号，系郏县平安副食商店（统一社会信用代码91410425MA45ABCD1Q）的经营者。\n",
                "2026年3月5日，本局执法人员高明、方正依法对当事人的经营场所进行现场检查，发现当事人在其经营场所内销售超过保质期的",
                "预包装食品共计37种，货值金额人民币2860元。经查，当事人自2026年1月起从郏县某某食品批发部购进上述食品，",
                "未按规定查验供货者的许可证和食品出厂检验合格证，未建立食品进货查验记录，亦未定期检查库存食品，",
                "及时清理变质或者超过保质期的食品。当事人驾驶其本人所有的", plate, "小型轿车从批发部运回上述食品。",
                "证人", witness, "（电话", witnessPhone, "）证实，其于2026年2月在该店购买的饼干已超过保质期。\n",
                "以上事实，有下列证据为证：1.当事人的营业执照复印件、身份证复印件各一份，证明当事人的主体资格；2.现场笔录一份、",
                "现场照片十二张，证明当事人经营场所内存放超过保质期食品的事实；3.当事人", party, "的询问笔录两份，证明当事人",
                "购进、销售上述食品的时间、数量、价格及未履行进货查验义务的事实；4.证人", witness, "的证言一份及其提供的购物小票，",
                "证明当事人向消费者销售超过保质期食品的事实；5.进货单据十五张、销售记录一册，证明涉案食品的货值金额及违法所得；",
                "6.郏县某某食品批发部出具的情况说明一份，证明涉案食品的来源；7.现场检查时提取的涉案食品样品清单一份。",
                "上述证据均经当事人核对确认无误并签字按印。2026年3月6日，本局依法对涉案食品实施了扣押，",
                "并向当事人送达了实施行政强制措施决定书及财物清单。2026年3月8日，经本局负责人批准，本案立案调查。",
                "调查期间，当事人对扣押的食品未提出异议，并提交了书面情况说明，表示今后将严格执行食品安全管理制度，",
                "定期检查库存食品，建立健全进货查验记录。本局于2026年3月15日对当事人的整改情况进行了复查，确认当事人已清理",
                "全部过期食品，建立了进货查验记录台账，张贴了食品安全承诺书，整改到位。\n",
                "本局于2026年3月20日向当事人送达了行政处罚告知书，告知其拟作出行政处罚的事实、理由、依据及依法享有的陈述、申辩和",
                "要求听证的权利。当事人在法定期限内未提出陈述申辩，也未要求听证。\n",
                "另查明，当事人于2025年11月曾因未按规定公示营业执照被本局责令改正，当事人已于当月改正。",
                "本案在调查过程中，执法人员依法出示了执法证件，告知了当事人申请回避的权利，当事人未申请回避。",
                "当事人对执法人员现场检查及询问的过程无异议，对现场笔录和询问笔录的内容进行了核对并签字确认。",
                "本案涉及的超过保质期食品已由当事人在执法人员的监督下全部下架封存，未造成食品安全事故，",
                "也未发现消费者因食用涉案食品而出现身体不适的情况。证人", witness, "住郏县龙山街道建设路",
                String.valueOf(1 + random.nextInt(50)), "号院", String.valueOf(1 + random.nextInt(9)), "号楼，系当事人店铺附近居民。\n",
                "本局认为，当事人经营超过保质期的食品的行为，违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定，",
                "依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项的规定，参照《河南省市场监督管理行政处罚裁量基准》",
                "，鉴于当事人系初次违法，且主动配合调查，如实陈述违法事实，积极整改，符合从轻处罚的情形，本局决定对当事人作出",
                "如下行政处罚：一、没收超过保质期的食品37种；二、没收违法所得人民币860元；三、罚款人民币50000元。\n",
                "当事人应自收到本决定书之日起十五日内，持本决定书到郏县财政局指定的代收银行缴纳罚没款，到期不缴纳罚款的，",
                "每日按罚款数额的百分之三加处罚款。当事人如不服本处罚决定，可以在收到本决定书之日起六十日内向郏县人民政府",
                "申请行政复议；也可以在六个月内依法向郏县人民法院提起行政诉讼。行政复议和行政诉讼期间，本处罚决定不停止执行。",
                "当事人逾期不申请行政复议或者提起行政诉讼，又不履行本行政处罚决定的，本局将依法申请人民法院强制执行。\n",
                "本案执法人员：高明（执法证号41042520001）、方正（执法证号41042520002）。联系电话：0375-5012345。\n",
                "根据《中华人民共和国行政处罚法》第四十八条和《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度",
                "重大执法决定法制审核制度的指导意见》的规定，本决定将在作出之日起七个工作日内通过郏县人民政府门户网站",
                "向社会公示，公示内容依法隐去当事人的个人信息。\n郏县市场监督管理局\n2026年4月1日\n",
                "（本决定书一式三份，一份送达当事人，一份存档，一份交执行机构。当事人",
                party, "已于2026年4月2日签收本决定书。）");
        RedactionContext context = RedactionContext.aboutPerson(party).keepingNames("高明", "方正")
                .keepingTerms("0375-5012345");
        return new Decision(text, context, List.of(party, witness, id, mobile, witnessPhone, unit, plate.substring(2), "号院",
                "user" + number + "@"));
    }

    private static String name(Random random) {
        StringBuilder name = new StringBuilder(SURNAMES[random.nextInt(SURNAMES.length)]);
        int given = 1 + random.nextInt(2);
        for (int i = 0; i < given; i++) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }

    private record Decision(String text, RedactionContext context, List<String> secrets) {
    }
}
