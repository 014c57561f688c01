package org.suanpan.read;

/** The one message for every password-protected workbook, whatever its format. */
final class Encryption {
    private Encryption() {
    }

    static UnusableInputException protectedWorkbook(Throwable cause) {
        return new UnusableInputException("工作簿设置了打开密码，无法读取。请在 Excel 或 WPS 中打开它，"
            + "在“文件 → 信息 → 保护工作簿 → 用密码进行加密”（WPS：“文件 → 文档加密”）中清除密码，保存后再上传。", cause);
    }
}
