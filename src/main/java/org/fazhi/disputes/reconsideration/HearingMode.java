package org.fazhi.disputes.reconsideration;

/** How the case is heard (第四十九条至第五十一条; seed requirements RL4). */
public enum HearingMode {
    /** 书面审理. */ WRITTEN,
    /** 听证: the parties are notified 5 working days before. */ HEARING,
    /** 实地调查. */ SITE_INVESTIGATION
}
