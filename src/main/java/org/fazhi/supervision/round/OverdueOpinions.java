package org.fazhi.supervision.round;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Each night, the opinions not acted on by their deadline escalate (河南省行政执法条例). Safe on several instances:
 * each opinion is locked and checked again before it escalates, so none escalates twice.
 */
@Component
class OverdueOpinions {

    private static final Logger log = LoggerFactory.getLogger(OverdueOpinions.class);

    private final Opinions opinions;
    private final Clock clock;

    OverdueOpinions(Opinions opinions, Clock clock) {
        this.opinions = opinions;
        this.clock = clock;
    }

    @Scheduled(cron = "${fazhi.supervision.rounds.escalation-cron:0 40 1 * * *}", zone = "Asia/Shanghai")
    void escalate() {
        int escalated = opinions.escalateOverdue(LocalDate.now(clock));
        if (escalated > 0) {
            log.info("{} supervision opinions escalated to decisions", escalated);
        }
    }
}
