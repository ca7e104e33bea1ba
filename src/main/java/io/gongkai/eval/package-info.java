/**
 * The accuracy harness (issue 5, item 2): truth files against a warehouse. {@link io.gongkai.eval.TruthReader} reads
 * truth files, {@link io.gongkai.eval.ReportComparison} compares one report with its truth in plain Java, {@link
 * io.gongkai.eval.EvalAccumulator} folds the comparisons into an {@link io.gongkai.eval.EvalResult}, and {@link
 * io.gongkai.eval.Evaluation} is the thin Spark adapter that reads the warehouse and groups its rows by report.
 */
package io.gongkai.eval;
