//! Planted bugs: narrow semantic mistakes the VM can be told to make, so that a test can show
//! a campaign finds, reduces and buckets each of them. Only builds with the `planted-bugs`
//! cargo feature; release builds do not have it.

/// One deliberate mistake.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlantedBug {
    /// 3.12's bare `exec()` in a function writes the frame dict back into fast locals (as
    /// 2.7's `LocalsToFast` does).
    ExecWritesBackFastLocals,
    /// 2.7's bare `exec` runs `PyFrame_LocalsToFast(f, 1)`, so an exec'd `del` unbinds locals.
    LocalsToFastClears,
    /// 3.13's `locals()` returns one cached dict per frame instead of a fresh snapshot.
    CachedLocals,
}
