package org.fazhi.inspection.draw;

import org.jspecify.annotations.Nullable;

/**
 * A reason an officer must not inspect a party (回避): either a declared conflict of interest with that party
 * (回避申报), or the township the officer lives in (居住地回避), which keeps the officer away from every party
 * there when the rules ask for residence avoidance.
 */
public record Conflict(long officerId, @Nullable Long partyId, @Nullable String township) {

    public Conflict {
        if (officerId <= 0) {
            throw new IllegalArgumentException("回避记录的执法人员编号必须为正数：" + officerId);
        }
        if ((partyId == null) == (township == null)) {
            throw new IllegalArgumentException("执法人员 " + officerId + " 的回避记录须且只须指明一个检查对象或一个居住乡镇");
        }
        if (partyId != null && partyId <= 0) {
            throw new IllegalArgumentException("执法人员 " + officerId + " 的回避对象编号必须为正数：" + partyId);
        }
        if (township != null && !Digits.only(township)) {
            throw new IllegalArgumentException("执法人员 " + officerId + " 的居住乡镇代码无效：" + township);
        }
    }

    public static Conflict withParty(long officerId, long partyId) {
        return new Conflict(officerId, partyId, null);
    }

    public static Conflict livesIn(long officerId, String township) {
        return new Conflict(officerId, null, township);
    }
}
