/** The Spark side: listing inputs, the dataset schema registry, the extract job, staging and commit, export. */
package io.gongkai.jobs;
