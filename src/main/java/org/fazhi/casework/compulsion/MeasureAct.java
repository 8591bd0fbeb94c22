package org.fazhi.casework.compulsion;

import java.util.EnumSet;
import java.util.Set;

import org.fazhi.shared.RuleViolation;
import org.springframework.context.MessageSourceResolvable;

import static org.fazhi.casework.compulsion.MeasureState.IN_FORCE;
import static org.fazhi.casework.compulsion.MeasureState.LIFTED;
import static org.fazhi.casework.compulsion.MeasureState.PROPOSED;
import static org.fazhi.casework.compulsion.MeasureState.URGENT;

/**
 * What is done to a measure, by whom, and in which states: the officers propose, act urgently on the spot, return
 * items and close; the head of the agency (its legal office here, as for a case's head steps) approves or refuses,
 * extends, lifts and confiscates.
 */
public enum MeasureAct implements MessageSourceResolvable {
    /** 报请批准实施 (第十八条). */ PROPOSE(false),
    /** 情况紧急，当场实施 (第十九条). */ TAKE_URGENTLY(false),
    /** 负责人批准. */ APPROVE(true, PROPOSED, URGENT),
    /** 不予批准: a proposal ends, an urgent measure is lifted at once. */ REFUSE(true, PROPOSED, URGENT),
    /** 延长期限 (第二十五条). */ EXTEND(true, IN_FORCE),
    /** 解除 (第二十八条). */ LIFT(true, URGENT, IN_FORCE),
    /** 退还物品. */ RETURN_ITEM(false, LIFTED),
    /** 办结: every item returned. */ CLOSE(false, LIFTED),
    /** 转入处罚决定（没收）. */ CONFISCATE(true, IN_FORCE);

    private final boolean head;
    private final Set<MeasureState> from;

    MeasureAct(boolean head, MeasureState... from) {
        this.head = head;
        this.from = from.length == 0 ? Set.of() : EnumSet.of(from[0], from);
    }

    /** Only the head (the agency's legal office) takes it; otherwise the agency's officers too. */
    public boolean byHead() {
        return head;
    }

    public boolean allowedIn(MeasureState state) {
        return from.contains(state);
    }

    void requireIn(MeasureState state) {
        if (!allowedIn(state)) {
            throw new RuleViolation("casework.measure.not-now", "", this, state);
        }
    }

    @Override
    public String[] getCodes() {
        return new String[] {"casework.measure.act." + name()};
    }

    @Override
    public String getDefaultMessage() {
        return name();
    }
}
