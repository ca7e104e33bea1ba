/** The warehouse's layout and promises: immutable snapshots, one atomic pointer, one writer at a time, recovery. */
package io.gongkai.warehouse;
