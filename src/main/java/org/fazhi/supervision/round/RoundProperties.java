package org.fazhi.supervision.round;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The county's rules for rounds and rectification (its 常态化行政执法监督实施办法 sets them; check local rule).
 *
 * @param rectifyWithinWorkingDays   a 监督意见书's deadline: working days after its issue
 * @param decisionWithinWorkingDays  a 监督决定书's deadline: working days after its issue
 * @param interviewWithinWorkingDays the interview (约谈) after an escalation is held within
 * @param opinionNumber              the 监督意见书's number: {county} the county's short name, {year}, {seq}
 * @param decisionNumber             the 监督决定书's number, same placeholders
 * @param issuer                     the issuing body as the documents sign it; {county} the county's name
 * @param pointsPerProblem           a round's score: 100 less this per problem found …
 * @param pointsPerEscalation        … and this per opinion escalated
 */
@ConfigurationProperties("fazhi.supervision.rounds")
record RoundProperties(
        @DefaultValue("20") int rectifyWithinWorkingDays,
        @DefaultValue("10") int decisionWithinWorkingDays,
        @DefaultValue("5") int interviewWithinWorkingDays,
        @DefaultValue("{county}司监意〔{year}〕{seq}号") String opinionNumber,
        @DefaultValue("{county}司监决〔{year}〕{seq}号") String decisionNumber,
        @DefaultValue("{county}司法局") String issuer,
        @DefaultValue("5") int pointsPerProblem,
        @DefaultValue("15") int pointsPerEscalation) {
}
