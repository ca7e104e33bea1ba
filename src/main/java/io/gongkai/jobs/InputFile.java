package io.gongkai.jobs;

import java.io.Serializable;

/** One file to read, as listed on the driver: its qualified path (any Hadoop filesystem URI) and size. */
public record InputFile(String path, long size) implements Serializable {}
