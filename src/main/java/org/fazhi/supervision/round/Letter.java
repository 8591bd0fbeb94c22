package org.fazhi.supervision.round;

import java.util.List;

/**
 * What a supervision document says, in reading order: the issuing body and the document's title as its heading,
 * its number, whom it is addressed to, the body's paragraphs with the numbered problems between the opening and the
 * closing ones, then the issuer and date as signed.
 */
record Letter(String issuer, String title, String number, String addressee, List<String> opening,
              List<String> problems, List<String> closing, String signedOn) {

    Letter {
        opening = List.copyOf(opening);
        problems = List.copyOf(problems);
        closing = List.copyOf(closing);
    }
}
