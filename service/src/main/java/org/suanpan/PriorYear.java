package org.suanpan;

import org.suanpan.batch.Profile;
import org.suanpan.read.UnusableInputException;
import org.suanpan.recognise.Recognition;

/**
 * Makes sure the workbook given as last year's is the same department's, for the year before: another department's
 * file, or this year's again, would turn every change on last year into nonsense (“增长848.5%”). What cannot be told
 * — a year or a department neither workbook names — is not held against it.
 */
public final class PriorYear {
    private PriorYear() {
    }

    /** @throws UnusableInputException saying what is wrong and what to upload instead */
    public static void verify(Recognition current, Recognition prior) {
        Profile now = Profile.of(current);
        Profile before = Profile.of(prior);
        String priorFile = prior.book().fileName();
        if (isYear(now.year()) && isYear(before.year()) && Integer.parseInt(before.year()) != Integer.parseInt(now.year()) - 1) {
            throw new UnusableInputException("上年决算公开表“" + priorFile + "”是 " + before.year() + " 年度的，而本年的是 " + now.year()
                + " 年度。请上传同一部门 " + (Integer.parseInt(now.year()) - 1) + " 年度的决算公开表作为上年数。");
        }
        String a = normalise(now.department());
        String b = normalise(before.department());
        if (!a.isEmpty() && !b.isEmpty() && !a.contains(b) && !b.contains(a)) {
            throw new UnusableInputException("上年决算公开表“" + priorFile + "”是“" + before.department() + "”的，而本年的是“"
                + now.department() + "”的。请上传同一部门上一年度的决算公开表作为上年数。");
        }
    }

    private static boolean isYear(String y) {
        return y != null && y.matches("20\\d{2}");
    }

    /** Names compared without spaces, brackets and a trailing “（本级）”, which the same department writes either way. */
    private static String normalise(String department) {
        return department == null ? "" : department.replaceAll("[\\s　]", "").replaceAll("[（(]本级[)）]$", "").replace('（', '(').replace('）', ')');
    }
}
