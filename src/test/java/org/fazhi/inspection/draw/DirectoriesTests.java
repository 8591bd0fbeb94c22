package org.fazhi.inspection.draw;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.shared.Sm3;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DirectoriesTests {

    @Test
    void digestIsSm3OfEveryLineFollowedByALineFeed() {
        List<String> lines = List.of("1,A,410425100", "2,-,410425101");

        assertThat(Directories.digest(lines))
                .isEqualTo(Sm3.hex(Sm3.digest("1,A,410425100\n2,-,410425101\n".getBytes(StandardCharsets.UTF_8))));
        assertThat(Directories.digest(List.of())).isEqualTo(Sm3.hex(Sm3.digest(new byte[0])));
    }

    @Test
    void digestChangesWhenAnyLineChanges() {
        List<String> lines = Directories.inspectorLines(DrawFixtures.county("x").inspectors());
        String digest = Directories.digest(lines);

        for (int i = 0; i < lines.size(); i++) {
            List<String> changed = new ArrayList<>(lines);
            changed.set(i, changed.get(i) + "甲");
            assertThat(Directories.digest(changed)).as("line %d changed", i + 1).isNotEqualTo(digest);
        }
        assertThat(Directories.digest(lines.subList(1, lines.size()))).isNotEqualTo(digest);
    }

    @Test
    void sortsPartiesAndInspectorsByIdAsNumbers() {
        List<String> parties = Directories.partyLines(List.of(new PartyEntry(10, "B", "2"), new PartyEntry(9, "-", "1"),
                new PartyEntry(100, "A", "3")));
        List<String> inspectors = Directories.inspectorLines(List.of(new InspectorEntry(12, 3, "Z1", "李四"),
                new InspectorEntry(2, 3, "Z2", "张三")));

        assertThat(parties).containsExactly("9,-,1", "10,B,2", "100,A,3");
        assertThat(inspectors).containsExactly("2,3,Z2,张三", "12,3,Z1,李四");
    }

    @Test
    void sortsConflictsByOfficerThenTheRestAsText() {
        List<String> lines = Directories.conflictLines(List.of(Conflict.withParty(2, 9), Conflict.livesIn(1, "410425100"),
                Conflict.withParty(1, 10), Conflict.withParty(1, 9)));

        assertThat(lines).containsExactly("1,P,10", "1,P,9", "1,T,410425100", "2,P,9");
    }

    @Test
    void refusesFieldsWithCommasOrLineBreaks() {
        assertThatThrownBy(() -> Directories.inspectorLines(List.of(new InspectorEntry(7, 1, "41042500007", "张,三"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("执法人员 7 的姓名含有逗号或换行");
        assertThatThrownBy(() -> Directories.inspectorLines(List.of(new InspectorEntry(7, 1, "4104\n25", "张三"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("执法人员 7 的执法证号含有逗号或换行");
    }

    @Test
    void parsesTheLinesBackToTheEntries() {
        DrawInputs county = DrawFixtures.county("x");
        List<String> parties = Directories.partyLines(county.parties());
        List<String> inspectors = Directories.inspectorLines(county.inspectors());
        List<String> conflicts = Directories.conflictLines(county.conflicts());

        assertThat(Directories.partyLines(Directories.parseParties(parties))).isEqualTo(parties);
        assertThat(Directories.parseInspectors(inspectors)).containsExactlyInAnyOrderElementsOf(county.inspectors());
        assertThat(Directories.parseConflicts(conflicts)).containsExactlyInAnyOrderElementsOf(county.conflicts());
    }

    @Test
    void parsingErrorsNameTheDirectoryAndTheLine() {
        assertThatThrownBy(() -> Directories.parseParties(List.of("1,A,410425100", "2,E,410425100")))
                .hasMessageStartingWith("检查对象名录第 2 行有误（2,E,410425100）").hasMessageContaining("信用等级无效");
        assertThatThrownBy(() -> Directories.parseParties(List.of("1,A")))
                .hasMessageStartingWith("检查对象名录第 1 行有误").hasMessageContaining("应有 3 栏，实有 2 栏");
        assertThatThrownBy(() -> Directories.parseInspectors(List.of("1,2,C1,甲", "x,2,C2,乙")))
                .hasMessageStartingWith("执法检查人员名录第 2 行有误").hasMessageContaining("编号应为整数，实为 x");
        assertThatThrownBy(() -> Directories.parseConflicts(List.of("1,P,5", "1,Q,5")))
                .hasMessageStartingWith("回避名单第 2 行有误").hasMessageContaining("第二栏应为 P");
    }

    @Test
    void parsingRefusesTextThatIsNotCanonical() {
        assertThatThrownBy(() -> Directories.parseParties(List.of("01,A,410425100")))
                .hasMessage("检查对象名录第 1 行不是规范写法：01,A,410425100，应为 1,A,410425100");
        assertThatThrownBy(() -> Directories.parseParties(List.of("2,A,1", "1,A,1")))
                .hasMessage("检查对象名录第 2 行未按规范顺序排在上一行之后：1,A,1");
        assertThatThrownBy(() -> Directories.parseInspectors(List.of("1,2,C1,甲", "1,2,C2,乙")))
                .hasMessage("执法检查人员名录第 2 行的编号与上一行重复：1,2,C2,乙");
    }
}
