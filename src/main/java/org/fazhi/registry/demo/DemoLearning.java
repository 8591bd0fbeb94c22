package org.fazhi.registry.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.fazhi.identity.SignedInUser;
import org.fazhi.registry.exam.ExamKind;
import org.fazhi.registry.exam.ExamResultForm;
import org.fazhi.registry.exam.ExamSession;
import org.fazhi.registry.exam.ExamSessionForm;
import org.fazhi.registry.exam.Exams;
import org.fazhi.registry.officer.Officer;
import org.fazhi.registry.training.TrainingForm;
import org.fazhi.registry.training.TrainingRecords;
import org.springframework.stereotype.Component;

/**
 * Training and exams of the demo county: each officer attends a few courses a year (2-16 hours each), and the
 * county holds a qualification exam and an annual law exam with scores around 75 (about nine in ten pass).
 */
@Component
class DemoLearning {

    private static final List<String> COURSES = List.of("行政处罚法专题培训", "行政执法三项制度", "执法文书规范制作",
            "证据收集与固定", "行政复议与应诉实务", "优化营商环境条例解读", "行政强制法", "执法全过程记录仪使用");

    private final TrainingRecords training;
    private final Exams exams;

    DemoLearning(TrainingRecords training, Exams exams) {
        this.training = training;
        this.exams = exams;
    }

    void trainAndExamine(SignedInUser system, Random random, List<Officer> officers, LocalDate today) {
        for (Officer officer : officers) {
            if (!officer.isActive()) {
                continue;
            }
            for (int year = today.getYear() - 1; year <= today.getYear(); year++) {
                int courses = 1 + random.nextInt(4);
                for (int i = 0; i < courses; i++) {
                    LocalDate on = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
                    if (on.isAfter(today)) {
                        continue;
                    }
                    training.create(system, new TrainingForm(officer.id(), COURSES.get(random.nextInt(COURSES.size())),
                            on, BigDecimal.valueOf(2 + 2L * random.nextInt(8)), "郏县司法局", 0));
                }
            }
        }
        examine(system, random, officers, "行政执法人员资格考试", ExamKind.QUALIFICATION, today.withDayOfYear(1).plusDays(110));
        examine(system, random, officers, "行政执法人员年度法律知识考试", ExamKind.ANNUAL, today.minusYears(1).withDayOfYear(300));
    }

    private void examine(SignedInUser system, Random random, List<Officer> officers, String title, ExamKind kind,
                         LocalDate heldOn) {
        ExamSession session = exams.create(system, new ExamSessionForm(heldOn.getYear() + "年" + title, kind, heldOn,
                BigDecimal.valueOf(60), BigDecimal.valueOf(100), 0));
        for (Officer officer : officers) {
            if (officer.isActive() && random.nextInt(100) < 55) {
                double score = Math.max(20, Math.min(100, 75 + random.nextGaussian() * 11));
                exams.recordScore(system, session.id(), new ExamResultForm(officer.id(),
                        BigDecimal.valueOf(Math.round(score * 2) / 2.0), 0));
            }
        }
    }
}
