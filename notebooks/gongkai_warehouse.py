"""Read a Gongkai warehouse from a notebook: DuckDB SQL over the published snapshot's Parquet, into pandas.

    from gongkai_warehouse import Warehouse
    wh = Warehouse()                 # GONGKAI_WAREHOUSE, else the demo warehouse target/demo-warehouse
    wh.sql('SELECT count(*) AS n FROM reports')

Every dataset of the snapshot is a view of its name (reports, cells, checks, rollups, ...), so the SQL in the
notebooks is the same whichever DuckDB runs it:
  * the native `duckdb` Python module when it is importable (an analyst's own machine), else
  * DuckDB's JDBC driver (Maven Central, org.duckdb:duckdb_jdbc) through JPype (Debian python3-jpype): Debian has no
    Python Parquet reader (no pyarrow, no duckdb), and CI reaches no Python package index.
GONGKAI_DUCKDB=jdbc or =native forces one.
"""

import glob
import json
import os
import pathlib
import tempfile

import pandas as pd

_REPO = pathlib.Path(__file__).resolve().parent.parent
DEMO_WAREHOUSE = _REPO / "target" / "demo-warehouse"


def resolve_snapshot(location):
    """The directory of the published snapshot: WAREHOUSE/CURRENT names it ("snapshots/<id>").

    Read CURRENT once and read every dataset under the directory it names, as io.gongkai.warehouse.Warehouse does:
    globbing WAREHOUSE/** would also see the retained older snapshot and a run's unfinished one. A warehouse written
    before snapshots (datasets at the top level, no CURRENT) is read where it is.
    """
    root = pathlib.Path(location).expanduser().resolve()
    current = root / "CURRENT"
    if current.is_file():
        lines = current.read_text(encoding="utf-8").splitlines()
        relative = lines[0].strip() if lines else ""
        if not relative:
            raise ValueError(f"{current} is empty: nothing was published in {root}")
        return root / relative
    if (root / "reports").is_dir():
        return root
    raise ValueError(f"{root} has no published snapshot (no CURRENT file): "
                     "set GONGKAI_WAREHOUSE or build one with scripts/demo-warehouse.sh")


class Warehouse:
    """One published snapshot of a warehouse and a DuckDB connection with a view per dataset."""

    def __init__(self, location=None, engine=None):
        given = location or os.environ.get("GONGKAI_WAREHOUSE") or DEMO_WAREHOUSE
        self.location = pathlib.Path(given).expanduser().resolve()
        # Resolved once: every query of this object reads one run's datasets, even if a run publishes meanwhile.
        self.snapshot = resolve_snapshot(self.location)
        self.datasets = sorted(p.name for p in self.snapshot.iterdir()
                               if p.is_dir() and not p.name.startswith(("_", ".")))
        self._db = connect(engine)
        self.engine = self._db.engine
        for name in self.datasets:
            # hive_partitioning turns report_year=2023/ directories back into a column (Spark leaves it out of the
            # files); a dataset without rows holds one empty file with its schema, so every view has its columns.
            path = str(self.snapshot / name / "**" / "*.parquet").replace("'", "''")
            self._db.execute(f"CREATE OR REPLACE VIEW {name} AS SELECT * FROM "
                             f"read_parquet('{path}', hive_partitioning = true, union_by_name = true)")

    def sql(self, query):
        """Runs one SELECT and returns its rows as a DataFrame (NULL stays NaN/None: a blank is never 0)."""
        return self._db.frame(query.strip().rstrip(";"))

    def value(self, query):
        """The single value of a one-row, one-column query."""
        frame = self.sql(query)
        if frame.shape != (1, 1):
            raise ValueError(f"expected one value, got shape {frame.shape} from: {query}")
        return frame.iat[0, 0]

    def __repr__(self):
        return f"Warehouse({self.location}, snapshot {self.snapshot.name}, {self.engine})"


def connect(engine=None):
    """An in-memory DuckDB: "native" (the duckdb module) or "jdbc"; default GONGKAI_DUCKDB, else whichever is here."""
    engine = engine or os.environ.get("GONGKAI_DUCKDB") or ("native" if _has_native_duckdb() else "jdbc")
    if engine not in ("native", "jdbc"):
        raise ValueError(f"unknown DuckDB engine {engine!r}: native or jdbc")
    return _NativeDuckDb() if engine == "native" else _JdbcDuckDb()


def _has_native_duckdb():
    try:
        import duckdb  # noqa: F401
        return True
    except ImportError:
        return False


class _NativeDuckDb:
    engine = "native"

    def __init__(self):
        import duckdb
        self._con = duckdb.connect()

    def execute(self, statement):
        self._con.execute(statement)

    def frame(self, query):
        return self._con.sql(query).df()


class _JdbcDuckDb:
    """DuckDB's JDBC driver in a JVM that JPype starts inside the Python process (once per kernel)."""

    engine = "jdbc"

    def __init__(self):
        import jpype
        import jpype.imports  # noqa: F401  (lets `from java.sql import ...` below find Java classes)
        if not jpype.isJVMStarted():
            # Debian's JPype 1.4 does not put its own support jar on the class path; without it first the JVM
            # fails with ClassNotFoundException: org.jpype.classloader.DynamicClassLoader.
            jpype.startJVM(classpath=["/usr/share/java/org.jpype.jar", _duckdb_jar()], convertStrings=True)
        from java.sql import DriverManager
        self._con = DriverManager.getConnection("jdbc:duckdb:")

    def execute(self, statement):
        with self._con.createStatement() as st:
            st.execute(statement)

    def frame(self, query):
        # Fetching row by row through JPype costs a Java call per value and boxes every number; DuckDB writes the
        # result as JSON lines in one call instead, which keeps NULL apart from 0 and '' and lists as lists.
        with self._con.createStatement() as st, st.executeQuery(f"DESCRIBE {query}") as rs:
            columns = []
            while rs.next():
                columns.append(rs.getString(1))
        handle, path = tempfile.mkstemp(suffix=".json", prefix="gongkai-")
        os.close(handle)
        try:
            self.execute(f"COPY ({query}) TO '{path}' (FORMAT JSON)")
            with open(path, encoding="utf-8") as lines:
                rows = [json.loads(line) for line in lines if line.strip()]
        finally:
            os.unlink(path)
        return pd.DataFrame.from_records(rows, columns=columns)


def _duckdb_jar():
    """The DuckDB JDBC jar: GONGKAI_DUCKDB_JAR, else what scripts/notebooks-install.sh copied, else ~/.m2."""
    explicit = os.environ.get("GONGKAI_DUCKDB_JAR")
    if explicit:
        return explicit
    candidates = sorted(glob.glob(str(_REPO / "target" / "notebooks" / "lib" / "duckdb_jdbc-*.jar")))
    candidates += sorted(glob.glob(os.path.expanduser("~/.m2/repository/org/duckdb/duckdb_jdbc/*/duckdb_jdbc-*.jar")))
    if not candidates:
        raise FileNotFoundError("DuckDB JDBC jar not found: run scripts/notebooks-install.sh or set GONGKAI_DUCKDB_JAR")
    return candidates[-1]


def use_chinese_font():
    """Makes matplotlib draw Chinese: WenQuanYi Micro Hei (Debian fonts-wqy-microhei), named explicitly.

    matplotlib's default DejaVu Sans has no CJK glyphs and draws boxes; naming the family (not only adding it to
    font.sans-serif) fails loudly with a findfont warning when the font is missing instead of drawing boxes quietly.
    """
    import matplotlib
    matplotlib.rcParams["font.family"] = ["WenQuanYi Micro Hei", "sans-serif"]
    matplotlib.rcParams["font.sans-serif"] = ["WenQuanYi Micro Hei", "DejaVu Sans"]
    # The font has no U+2212 minus sign; use the ASCII hyphen on axes.
    matplotlib.rcParams["axes.unicode_minus"] = False
    matplotlib.rcParams["figure.dpi"] = 100


def coverage(with_value, reports):
    """A chart's coverage line: how many of the reports its figures rest on (reports with a value / reports)."""
    with_value, reports = int(with_value), int(reports)
    share = f"{with_value / reports:.0%}" if reports else "n/a"
    return f"覆盖: {with_value} / {reports} 份报告有值 ({share})"


def save_figure(fig, name):
    """Saves a chart as PNG under GONGKAI_FIGURES (the runner sets target/notebooks/figures), if set."""
    directory = os.environ.get("GONGKAI_FIGURES")
    if directory:
        os.makedirs(directory, exist_ok=True)
        fig.savefig(os.path.join(directory, f"{name}.png"), bbox_inches="tight")
