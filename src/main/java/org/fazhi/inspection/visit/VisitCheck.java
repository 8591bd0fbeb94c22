package org.fazhi.inspection.visit;

import org.jspecify.annotations.Nullable;

/**
 * What an enterprise learns by scanning a visit code. The pass is there whenever the signature is valid, so the
 * refusal page can still say which task and window a revoked or expired code was for; a forged code has none.
 */
public record VisitCheck(Outcome outcome, @Nullable VisitPass pass) {

    public VisitCheck {
        if ((outcome == Outcome.FORGED) != (pass == null)) {
            throw new IllegalArgumentException("Only a forged code comes without its pass");
        }
    }

    static VisitCheck forged() {
        return new VisitCheck(Outcome.FORGED, null);
    }

    public boolean isGenuine() {
        return outcome == Outcome.GENUINE;
    }

    /** The sentence the enterprise reads, in Chinese. */
    public String message() {
        return outcome.message();
    }

    public enum Outcome {
        GENUINE("检查码真实有效，本次检查已经批准"),
        FORGED("检查码签名无效，可能是伪造的"),
        EXPIRED("检查码已过期"),
        NOT_YET_OPEN("检查尚未到检查期限"),
        WINDOW_CLOSED("检查期限已过，本次检查不应再进行"),
        REVOKED("该检查码已被撤销"),
        UNKNOWN_TASK("检查码对应的检查任务不存在");

        private final String message;

        Outcome(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }
}
