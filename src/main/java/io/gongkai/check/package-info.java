/** The templates' arithmetic relations as data, and one evaluator that turns keyed cells into check results. */
package io.gongkai.check;
