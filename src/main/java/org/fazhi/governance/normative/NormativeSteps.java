package org.fazhi.governance.normative;

import org.fazhi.identity.SignedInUser;

/** Which service call a step's name means, for the API and the page's forms alike. */
final class NormativeSteps {

    private NormativeSteps() {
    }

    static NormativeDocument take(NormativeDocuments documents, SignedInUser user, long id, String step,
                                  NormativeApi.Step s) {
        return switch (step) {
            case "comment" -> documents.openComment(user, id, s.from(), s.to());
            case "close-comment" -> documents.closeComment(user, id, s.on(), s.received());
            case "legality" -> documents.reviewLegality(user, id, s.on(), s.conclusion(), s.opinion());
            case "fair-competition" -> documents.reviewFairCompetition(user, id, s.on(), s.fairCompetition());
            case "deliberate" -> documents.deliberate(user, id, s.on(), s.meeting());
            case "publish" -> documents.publish(user, id, s.on(), s.documentNumber(), s.publishedIn());
            case "file" -> documents.file(user, id, s.body(), s.on());
            case "in-force" -> documents.enterIntoForce(user, id, s.on());
            case "expire" -> documents.expire(user, id, s.on(), s.reason());
            default -> documents.repeal(user, id, s.on(), s.reason());
        };
    }
}
