package org.suanpan.read;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A grid holds each position once, rows and columns ascending, whatever order its cells came in. */
class GridBuilderTest {
    private static Cell text(int row, int col, String text) {
        return new Cell(row, col, CellKind.TEXT, text, false);
    }

    private static List<String> rowTexts(Grid g, int row) {
        return Arrays.stream(g.row(row)).map(c -> c.col() + ":" + c.text()).toList();
    }

    @Test
    void cellsInReadingOrderAreCutIntoRows() {
        Grid g = Grid.builder("表1", 0, false).add(text(0, 0, "a")).add(text(0, 3, "b")).add(text(2, 1, "c"))
            .add(text(1_048_575, 16_383, "end")).build();
        assertEquals(List.of("0:a", "3:b"), rowTexts(g, 0));
        assertEquals(List.of(), rowTexts(g, 1));
        assertEquals(List.of("1:c"), rowTexts(g, 2));
        assertEquals("end", g.cell(1_048_575, 16_383).text());
        assertEquals(1_048_576, g.rowCount());
        assertEquals(2, g.nextRow(1));
        assertEquals(1_048_575, g.nextRow(3));
        assertEquals(g.rowCount(), g.nextRow(1_048_576));
        List<Integer> visited = new java.util.ArrayList<>();
        for (int r = g.nextRow(0); r < g.rowCount(); r = g.nextRow(r + 1)) {
            g.row(r);
            visited.add(r);
        }
        assertEquals(List.of(0, 2, 1_048_575), visited, "a scan steps from stored row to stored row");
        assertEquals(2, g.nextRow(2));
        assertEquals(0, g.nextRow(-5));
    }

    @Test
    void cellsOutOfOrderAreSortedAndTheLastWrittenAtAPositionWins() {
        Grid g = Grid.builder("表1", 0, false).add(text(2, 4, "late row")).add(text(0, 2, "first"))
            .add(text(0, 0, "a")).add(text(0, 2, "second")).add(text(2, 1, "c")).add(text(0, 2, "third")).build();
        assertEquals(List.of("0:a", "2:third"), rowTexts(g, 0));
        assertEquals(List.of("1:c", "4:late row"), rowTexts(g, 2));
        assertNull(g.cell(1, 0));
    }

    @Test
    void aCellRepeatedInPlaceIsReplaced() {
        Grid g = Grid.builder("表1", 0, false).add(text(0, 0, "old")).add(text(0, 0, "new")).add(text(0, 1, "b")).build();
        assertEquals(List.of("0:new", "1:b"), rowTexts(g, 0));
    }

    @Test
    void withCellsPutsReplacementsInPlace() {
        Grid g = Grid.builder("表1", 0, false).add(text(0, 0, "a")).add(text(1, 0, "b")).build();
        Grid h = g.withCells(List.of(text(0, 0, "A"), text(0, 5, "F")));
        assertEquals(List.of("0:A", "5:F"), rowTexts(h, 0));
        assertEquals(List.of("0:b"), rowTexts(h, 1));
    }
}
