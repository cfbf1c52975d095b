//! `execdiff reduce FILE`: find a file's divergence and reduce it keeping its fingerprint.
