package org.fazhi.platform.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportProblemsTests {

    @Test
    void keepsProblemsUpToTheCapButCountsThemAll() {
        ImportProblems problems = new ImportProblems(3);
        for (int row = 2; row < 12; row++) {
            problems.add(ImportProblem.inCell(row, "姓名", "import.error.required"));
        }

        assertThat(problems.count()).isEqualTo(10);
        assertThat(problems.list()).hasSize(3).extracting(ImportProblem::row).containsExactly(2, 3, 4);
        assertThat(problems.notKept()).isEqualTo(7);
        assertThat(problems.isEmpty()).isFalse();
    }

    @Test
    void keepsAThousandByDefault() {
        ImportProblems problems = new ImportProblems();
        for (int row = 0; row < 1_500; row++) {
            problems.add(ImportProblem.inRow(row, "import.error.required"));
        }

        assertThat(problems.list()).hasSize(ImportProblems.DEFAULT_CAP);
        assertThat(problems.count()).isEqualTo(1_500);
    }

    @Test
    void problemsWithEqualArgumentsAreEqual() {
        ImportProblem one = ImportProblem.inCell(3, "姓名", "import.error.too-long", 10);
        ImportProblem same = ImportProblem.inCell(3, "姓名", "import.error.too-long", 10);

        assertThat(one).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(one).isNotEqualTo(ImportProblem.inCell(3, "姓名", "import.error.too-long", 20));
        assertThat(one.toString()).contains("import.error.too-long", "[10]");
    }

    @Test
    void argumentsCannotBeChangedFromOutside() {
        Object[] arguments = {10};
        ImportProblem problem = ImportProblem.inCell(3, "姓名", "import.error.too-long", arguments);
        arguments[0] = 99;
        problem.arguments()[0] = 99;

        assertThat(problem.arguments()).containsExactly(10);
    }
}
