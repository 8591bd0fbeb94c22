package org.fazhi.disputes.reconsideration;

/** How the application came in (seed requirements RL3); a green-channel point is named. */
public enum Channel {
    /** 窗口递交. */ WINDOW,
    /** 网上申请. */ ONLINE,
    /** 绿色通道快捷受理点. */ GREEN_CHANNEL,
    /** 邮寄. */ MAIL
}
