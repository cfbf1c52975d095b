//! Reduction inside the campaign: each new signature group is reduced in the background while
//! generation goes on, and buckets form as reductions finish.
//!
//! The campaign's `jobs` are *slots*: a case holds one while it runs, and so does a reduction
//! (its candidates run on the same VM and the same CPython workers). Reductions may hold at
//! most half of the slots (at least one) while cases are still being generated, and every slot
//! once generation has ended; a reduction waiting for a slot goes before the next case, so a
//! steady stream of cases cannot starve it. Nothing here sleeps: waiting is on a condition
//! variable.
//!
//! Finished reductions are appended to `reductions.jsonl` beside `results.jsonl`, one line per
//! signature, so `--resume` keeps them and reduces only the groups that had none.

use std::collections::{BTreeMap, VecDeque};
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::sync::{Condvar, Mutex, MutexGuard};

use serde::{Deserialize, Serialize};

use super::{Bucket, Reduction};

/// Why a group that a campaign with reduction on has no reduction: it was still waiting, or
/// being reduced (the partial result is dropped), when the campaign was interrupted.
pub const INTERRUPTED_BEFORE_REDUCTION: &str =
    "not reduced: the campaign was interrupted before its reduction ended";

/// One line of `reductions.jsonl`: the outcome of reducing one signature group.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ReductionRecord {
    /// The group's fingerprint (`Fingerprint::hash`).
    pub signature: String,
    /// The length in bytes of the program the reduction started from.
    #[serde(default)]
    pub from: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reduced: Option<Reduction>,
    /// Why there is no reduction, when there is none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unreduced: Option<String>,
}

impl ReductionRecord {
    /// Records the outcome in the group's bucket.
    pub fn apply(&self, bucket: &mut Bucket) {
        bucket.reduced.clone_from(&self.reduced);
        bucket.unreduced.clone_from(&self.unreduced);
    }

    /// Whether this record replaces `old` of the same signature: a reduction from a shorter
    /// program replaces any earlier outcome, and a failed one never replaces a reduction.
    pub fn supersedes(&self, old: &ReductionRecord) -> bool {
        match (&self.reduced, &old.reduced) {
            (None, Some(_)) => false,
            _ => self.from <= old.from,
        }
    }
}

/// The records of `reductions.jsonl`; a missing file has none, and a line cut short by a kill
/// is skipped (its group is reduced again).
pub fn read_reductions(path: &Path) -> anyhow::Result<Vec<ReductionRecord>> {
    let Ok(file) = File::open(path) else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for line in BufReader::new(file).lines() {
        if let Ok(record) = serde_json::from_str::<ReductionRecord>(&line?) {
            out.push(record);
        }
    }
    Ok(out)
}

#[derive(Debug)]
struct SlotState {
    free: usize,
    /// Reductions holding or reserving a slot.
    reducing: usize,
    /// Reductions that reserved a place under the cap and wait for a free slot.
    waiting: usize,
    /// How many reductions may hold slots at once.
    cap: usize,
}

/// The campaign's slots, shared by cases and reductions.
#[derive(Debug)]
pub struct Slots {
    state: Mutex<SlotState>,
    changed: Condvar,
}

/// A held slot, given back on drop (also when a case panics).
pub struct Slot<'a> {
    slots: &'a Slots,
    reduction: bool,
}

impl Drop for Slot<'_> {
    fn drop(&mut self) {
        let mut s = self.slots.lock();
        s.free += 1;
        if self.reduction {
            s.reducing -= 1;
        }
        drop(s);
        self.slots.changed.notify_all();
    }
}

impl Slots {
    /// `jobs` slots, of which reductions may hold `jobs / 2` (at least one) while cases run.
    pub fn new(jobs: usize) -> Slots {
        let jobs = jobs.max(1);
        Slots {
            state: Mutex::new(SlotState {
                free: jobs,
                reducing: 0,
                waiting: 0,
                cap: (jobs / 2).max(1),
            }),
            changed: Condvar::new(),
        }
    }

    fn lock(&self) -> MutexGuard<'_, SlotState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn wait<'a>(&self, guard: MutexGuard<'a, SlotState>) -> MutexGuard<'a, SlotState> {
        self.changed.wait(guard).unwrap_or_else(|e| e.into_inner())
    }

    /// A slot for one case; reductions waiting under their cap go first.
    pub fn case(&self) -> Slot<'_> {
        let mut s = self.lock();
        while s.free == 0 || s.waiting > 0 {
            s = self.wait(s);
        }
        s.free -= 1;
        Slot {
            slots: self,
            reduction: false,
        }
    }

    /// A slot for one reduction, within the cap.
    pub fn reduction(&self) -> Slot<'_> {
        let mut s = self.lock();
        while s.reducing >= s.cap {
            s = self.wait(s);
        }
        s.reducing += 1;
        s.waiting += 1;
        while s.free == 0 {
            s = self.wait(s);
        }
        s.waiting -= 1;
        s.free -= 1;
        drop(s);
        // Cases held back while this reduction waited may go again.
        self.changed.notify_all();
        Slot {
            slots: self,
            reduction: true,
        }
    }

    /// Generation has ended: reductions may hold every slot.
    pub fn open_all(&self, jobs: usize) {
        self.lock().cap = jobs.max(1);
        self.changed.notify_all();
    }
}

#[derive(Debug, Default)]
struct QueueState {
    /// Signatures waiting for a reducer, first come first served.
    order: VecDeque<String>,
    /// The shortest program seen for each waiting signature, until a reducer takes it.
    latest: BTreeMap<String, Bucket>,
    /// Signatures being reduced, with the length of the program their reduction started from.
    taken: BTreeMap<String, usize>,
    closed: bool,
}

/// Signature groups waiting for a reducer. A group offered again while it waits is refreshed
/// when its program got shorter, so a reduction starts from the shortest program seen before
/// its turn; one offered while it is being reduced waits again only with a shorter program.
#[derive(Debug, Default)]
pub struct Queue {
    state: Mutex<QueueState>,
    changed: Condvar,
}

impl Queue {
    fn lock(&self) -> MutexGuard<'_, QueueState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Queues `group` for a reduction, or refreshes its waiting entry.
    pub fn offer(&self, group: &Bucket) {
        let signature = group.key.hash();
        let mut s = self.lock();
        if let Some(waiting) = s.latest.get_mut(&signature) {
            if group.best_program.len() < waiting.best_program.len() {
                waiting.clone_from(group);
            }
            return;
        }
        if s.taken
            .get(&signature)
            .is_some_and(|&len| len <= group.best_program.len())
        {
            return;
        }
        s.latest.insert(signature.clone(), group.clone());
        s.order.push_back(signature);
        drop(s);
        self.changed.notify_one();
    }

    /// The next waiting signature; `None` once the queue is closed and empty. [`Queue::take`]
    /// gets its group once the reducer has a slot.
    pub fn pop(&self) -> Option<String> {
        let mut s = self.lock();
        loop {
            if let Some(signature) = s.order.pop_front() {
                return Some(signature);
            }
            if s.closed {
                return None;
            }
            s = self.changed.wait(s).unwrap_or_else(|e| e.into_inner());
        }
    }

    /// The group of a popped signature with its shortest program so far, now being reduced;
    /// `None` when the queue was drained meanwhile.
    pub fn take(&self, signature: &str) -> Option<Bucket> {
        let mut s = self.lock();
        let group = s.latest.remove(signature)?;
        s.taken
            .insert(signature.to_string(), group.best_program.len());
        Some(group)
    }

    /// The reduction of `signature` has been recorded.
    pub fn finish(&self, signature: &str) {
        self.lock().taken.remove(signature);
    }

    /// No more groups will come; with `drain`, the waiting ones are dropped too.
    pub fn close(&self, drain: bool) {
        let mut s = self.lock();
        s.closed = true;
        if drain {
            s.order.clear();
            s.latest.clear();
        }
        drop(s);
        self.changed.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn reductions_hold_at_most_their_share_while_cases_run() {
        let slots = Slots::new(4);
        let peak = AtomicUsize::new(0);
        let now = AtomicUsize::new(0);
        std::thread::scope(|scope| {
            for _ in 0..6 {
                scope.spawn(|| {
                    for _ in 0..20 {
                        let _slot = slots.reduction();
                        let n = now.fetch_add(1, Ordering::SeqCst) + 1;
                        peak.fetch_max(n, Ordering::SeqCst);
                        std::thread::yield_now();
                        now.fetch_sub(1, Ordering::SeqCst);
                    }
                });
            }
            for _ in 0..4 {
                scope.spawn(|| {
                    for _ in 0..50 {
                        let _slot = slots.case();
                        std::thread::yield_now();
                    }
                });
            }
        });
        let peak = peak.load(Ordering::SeqCst);
        assert!(
            (1..=2).contains(&peak),
            "half of 4 slots at most, got {peak}"
        );
        let s = slots.lock();
        assert_eq!((s.free, s.reducing, s.waiting), (4, 0, 0));
    }

    fn group(id: u64) -> Bucket {
        let key = crate::campaign::verdict::Fingerprint {
            version: crate::version::PyVersion::PY312,
            fields: Vec::new(),
            ends: ("ok".into(), "ok".into()),
            types: (None, None),
            site: "end".into(),
            what: String::new(),
        };
        Bucket {
            count: 1,
            ..Bucket::new(
                key,
                crate::version::PyVersion::PY312,
                id,
                String::new(),
                String::new(),
            )
        }
    }

    #[test]
    fn a_closed_queue_ends_its_readers() {
        let queue = Queue::default();
        std::thread::scope(|scope| {
            let reader = scope.spawn(|| {
                let mut n = 0;
                while let Some(signature) = queue.pop() {
                    queue.take(&signature).expect("waiting");
                    n += 1;
                }
                n
            });
            for (id, text) in ["a = 1\n", "a = 2\n", "a = 3\n"].into_iter().enumerate() {
                let mut g = group(id as u64);
                g.key.site = text.into();
                queue.offer(&g);
            }
            queue.close(false);
            assert_eq!(reader.join().expect("reader"), 3);
        });
        queue.offer(&group(9));
        queue.close(true);
        assert!(queue.pop().is_none(), "drained");
    }

    #[test]
    fn a_reduction_starts_from_the_shortest_program_before_its_turn() {
        let with = |program: &str| {
            let mut g = group(5);
            g.best_program = program.into();
            g
        };
        let queue = Queue::default();
        queue.offer(&with("a = 1\nb = 2\n"));
        queue.offer(&with("a = 1\n"));
        queue.offer(&with("a = 1\nb = 2\nc = 3\n"));
        let signature = queue.pop().expect("one entry");
        // Offered while waiting for a slot: still refreshed.
        queue.offer(&with("a\n"));
        assert_eq!(
            queue.take(&signature).map(|g| g.best_program),
            Some("a\n".into())
        );
        // While it is reduced, only a shorter program queues it again.
        queue.offer(&with("b\n"));
        queue.close(false);
        assert!(queue.pop().is_none(), "no shorter program: nothing to redo");
        let again = Queue::default();
        again.offer(&with("a = 1\n"));
        let signature = again.pop().expect("entry");
        again.take(&signature);
        again.offer(&with("a\n"));
        again.finish(&signature);
        again.close(false);
        assert_eq!(again.pop().as_deref(), Some(signature.as_str()), "redone");
    }
}
