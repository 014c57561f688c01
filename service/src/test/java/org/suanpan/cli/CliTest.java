package org.suanpan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suanpan.testing.Fixtures;
import org.suanpan.testing.Variants;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line keeps its promise to scripts: report on stdout, verdict in the exit code. */
class CliTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void cleanSampleExitsZeroWithAJsonReportOfAllNineTables() throws Exception {
        Run r = run("check", Fixtures.sample(Fixtures.SAMPLE_2023).toString());
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(Fixtures.SAMPLE_2023, json.get("file").asText());
        assertEquals("2023", json.get("edition").asText());
        assertTrue(json.get("valid").asBoolean());
        assertEquals(9, json.get("tables").size());
        assertEquals("公开01表", json.get("tables").get(0).get("sheet").asText());
        for (String key : Set.of("rules", "checked", "errors", "warnings")) {
            assertTrue(json.get("stats").has(key), key);
        }
        assertEquals(0, json.get("stats").get("errors").asInt());
    }

    @Test
    void workbookWithAMistakeExitsOneAndNamesTheCell() throws Exception {
        Path wrong = Variants.variant(Fixtures.sample(Fixtures.SAMPLE_2022), dir.resolve("wrong.xlsx"),
            wb -> Variants.setNumber(wb, "表3", "D16", 134.61));
        Run r = run("check", wrong.toString());
        assertEquals(1, r.code());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("2021", json.get("edition").asText());
        assertFalse(json.get("valid").asBoolean());
        JsonNode first = json.get("findings").get(0);
        assertEquals("error", first.get("severity").asText());
        for (String key : Set.of("rule", "table", "sheet", "cell", "cells", "formula", "left", "right", "difference", "tolerance",
            "suspect", "message")) {
            assertTrue(first.has(key), key);
        }
        boolean namesCell = false;
        for (JsonNode f : json.get("findings")) {
            for (JsonNode c : f.get("cells")) {
                namesCell |= c.asText().equals("表3!D16");
            }
            if (f.get("severity").asText().equals("error")) {
                assertEquals("表3!D16", f.get("suspect").asText(), f.toString());
            }
        }
        assertTrue(namesCell);
    }

    @Test
    void aBudgetOfAnotherDepartmentIsNamedAndNotCompared() {
        Run r = run("check", Fixtures.sample(Fixtures.SAMPLE_2023).toString(), "--budget", Fixtures.sample(Fixtures.BUDGET_2023).toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("\"S-21\"") && r.out().contains("武汉市医疗保障局"), r.out());
        assertEquals(2, run("check", "--budget", Fixtures.sample(Fixtures.BUDGET_2023).toString(), "--narrative", "x.txt").code());
    }

    @Test
    void textFormatPrintsTheAuditTable() throws Exception {
        Path wrong = Variants.variant(Fixtures.sample(Fixtures.SAMPLE_2023), dir.resolve("wrong.xlsx"),
            wb -> Variants.setNumber(wb, "公开01表", "C13", 21.58));
        Run r = run("check", wrong.toString(), "--format", "text");
        assertEquals(1, r.code());
        assertTrue(r.out().contains("序号 | 表名 | 单元格 | 行次/项目 | 审核公式 | 左值 | 右值 | 差额 | 类型"), r.out());
        assertTrue(r.out().contains("公开01表!C13"), r.out());
        assertTrue(r.out().contains("| 错误"), r.out());
    }

    @Test
    void aMissingNarrativeFileExitsTwoWithAMessage() {
        Run r = run("check", Fixtures.sample(Fixtures.SAMPLE_2023).toString(), "--narrative", "没有这个情况说明.docx");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("情况说明"), r.err());
    }

    @Test
    void unknownCommandAndMissingArgumentsExitTwoWithUsage() {
        assertEquals(2, run("frobnicate").code());
        Run r = run("check");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("用法"), r.err());
        assertEquals(2, run("check", "a.xlsx", "--format", "xml").code());
    }
}
