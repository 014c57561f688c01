package org.suanpan.serve;

import java.nio.file.Path;

/** A file a request carried, saved in the request's own folder, under the name the user gave it. */
public record Upload(Path path, String name) {
}
