package org.fazhi.supervision.review;

/** A campaign's life: announced (directory and commitment published), drawn (files being reviewed), finished. */
public enum ReviewState {
    ANNOUNCED, DRAWN, FINISHED
}
