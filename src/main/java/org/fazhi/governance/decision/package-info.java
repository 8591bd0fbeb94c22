/**
 * 重大行政决策: the county government's yearly catalogue of major decisions (目录, published) and each decision with
 * the five procedures of the 重大行政决策程序暂行条例 (公众参与, 专家论证, 风险评估, 合法性审查, 集体讨论决定), its
 * decision once the required procedures are done, and its post-evaluation (后评估).
 */
@NullMarked
package org.fazhi.governance.decision;

import org.jspecify.annotations.NullMarked;
