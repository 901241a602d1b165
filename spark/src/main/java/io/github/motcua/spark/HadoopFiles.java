package io.github.motcua.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The file systems of a Spark job (local, HDFS, S3 and the others Hadoop knows), with the job's
 * Hadoop settings carried to the executors as plain text. Immutable and serializable.
 */
final class HadoopFiles implements Serializable {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // a HashMap of strings is serializable
    private final HashMap<String, String> settings = new HashMap<>();

    HadoopFiles(Configuration configuration) {
        configuration.forEach(entry -> settings.put(entry.getKey(), entry.getValue()));
    }

    private Configuration configuration() {
        Configuration configuration = new Configuration(false);
        settings.forEach(configuration::set);
        return configuration;
    }

    /**
     * The files that paths name, in input order: each path in the order given; a directory's files
     * (not those whose names start with {@code _} or {@code .}, such as {@code _SUCCESS}) by name.
     */
    List<FileStatus> list(List<String> paths) {
        List<FileStatus> files = new ArrayList<>();
        for (String name : paths) {
            Path path = new Path(name);
            try {
                FileSystem fs = path.getFileSystem(configuration());
                FileStatus status = fs.getFileStatus(path);
                if (!status.isDirectory()) {
                    files.add(status);
                    continue;
                }
                List<FileStatus> inside = new ArrayList<>();
                for (FileStatus child : fs.listStatus(path)) {
                    String file = child.getPath().getName();
                    if (child.isFile() && !file.startsWith("_") && !file.startsWith(".")) {
                        inside.add(child);
                    }
                }
                inside.sort(Comparator.comparing(child -> child.getPath().getName()));
                files.addAll(inside);
            } catch (java.io.FileNotFoundException e) {
                throw new IllegalArgumentException(name + ": no such file or directory", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /** Opens a file at an offset. */
    FSDataInputStream open(String file, long offset) throws IOException {
        Path path = new Path(file);
        FSDataInputStream in = path.getFileSystem(configuration()).open(path);
        in.seek(offset);
        return in;
    }

    /** The bytes of a file from one offset to another. */
    InputStream range(String file, long from, long to) throws IOException {
        return new Bounded(open(file, from), to - from);
    }

    /** A stream that ends after a number of bytes. */
    private static final class Bounded extends InputStream {
        private final InputStream in;
        private long left;

        Bounded(InputStream in, long left) {
            this.in = in;
            this.left = left;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int read = in.read(buffer, offset, (int) Math.min(length, left));
            if (read > 0) {
                left -= read;
            }
            return read;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
