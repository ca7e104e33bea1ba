"""Tests of gongkai_warehouse: which snapshot it reads. Run: /usr/bin/python3 -m unittest discover -s notebooks"""

import pathlib
import shutil
import tempfile
import unittest

from gongkai_warehouse import Warehouse, connect, resolve_snapshot


class ResolveSnapshotTest(unittest.TestCase):
    def setUp(self):
        self.root = pathlib.Path(tempfile.mkdtemp(prefix="gongkai-wh-"))
        self.addCleanup(shutil.rmtree, self.root)

    def test_current_names_the_snapshot(self):
        (self.root / "CURRENT").write_text("snapshots/b\n")
        self.assertEqual(self.root.resolve() / "snapshots" / "b", resolve_snapshot(self.root))

    def test_empty_current_is_an_error(self):
        (self.root / "CURRENT").write_text("\n")
        with self.assertRaisesRegex(ValueError, "is empty"):
            resolve_snapshot(self.root)

    def test_layout_before_snapshots_is_read_in_place(self):
        (self.root / "reports").mkdir()
        self.assertEqual(self.root.resolve(), resolve_snapshot(self.root))

    def test_no_warehouse_is_an_error(self):
        with self.assertRaisesRegex(ValueError, "no published snapshot"):
            resolve_snapshot(self.root)


class StaleSnapshotTest(unittest.TestCase):
    """A warehouse holding the published snapshot, its predecessor and an unfinished one: only CURRENT's is read."""

    def test_reads_only_the_published_snapshot(self):
        root = pathlib.Path(tempfile.mkdtemp(prefix="gongkai-wh-"))
        self.addCleanup(shutil.rmtree, root)
        db = connect()
        for snapshot, rows in [("old", 5), ("published", 3), ("unfinished", 7)]:
            for dataset in ["reports", "cells"]:
                directory = root / "snapshots" / snapshot / dataset / "report_year=2023"
                directory.mkdir(parents=True)
                db.execute(f"COPY (SELECT range AS n, 'r' || range AS report_id FROM range({rows})) "
                           f"TO '{directory / 'part-0.parquet'}' (FORMAT PARQUET)")
        (root / "CURRENT").write_text("snapshots/published\n")
        wh = Warehouse(root)
        self.assertEqual(["cells", "reports"], wh.datasets)
        self.assertEqual(3, wh.value("SELECT count(*) FROM reports"))
        # report_year comes back from the directory name.
        self.assertEqual([2023], wh.sql("SELECT DISTINCT report_year FROM cells")["report_year"].tolist())

    def test_blank_stays_null(self):
        db = connect()
        frame = db.frame("SELECT * FROM (VALUES (1, 'a'), (NULL, ''), (0, NULL)) t(value, raw)")
        self.assertEqual([1, 0], frame["value"].dropna().astype(int).tolist())
        self.assertTrue(frame["value"].isna().iloc[1])
        self.assertEqual(["a", "", None], frame["raw"].tolist())


if __name__ == "__main__":
    unittest.main()
