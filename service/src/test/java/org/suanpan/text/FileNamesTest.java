package org.suanpan.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FileNamesTest {
    @Test
    void theSuffixGoesBeforeTheExtension() {
        assertEquals("江岸区-2022-审核.xlsx", FileNames.withSuffix("江岸区-2022.xlsx", "-审核", "xlsx"));
        assertEquals("表-情况说明.docx", FileNames.withSuffix("表.xls", "-情况说明", "docx"));
        assertEquals("无扩展名-填充", FileNames.withSuffix("无扩展名", "-填充", ""));
    }

    @Test
    void aDotInAFolderIsNotAnExtension() {
        assertEquals("甲.局/决算-审核.xlsm", FileNames.withSuffix("甲.局/决算.xlsm", "-审核", FileNames.extension("甲.局/决算.xlsm")));
        assertEquals("甲.局/决算-审核", FileNames.withSuffix("甲.局/决算", "-审核", FileNames.extension("甲.局/决算")));
    }
}
