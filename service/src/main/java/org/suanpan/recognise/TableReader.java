package org.suanpan.recognise;

import org.suanpan.definition.TableDef;

/** Reads one layout of table out of the region under its title. */
interface TableReader {
    Attempt read(Region region, TableDef def);
}
