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

use std::collections::VecDeque;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::sync::{Condvar, Mutex, MutexGuard};

use serde::{Deserialize, Serialize};

use super::{Bucket, Reduction};

/// Why a group that a campaign with reduction on has no reduction: it was still waiting when
/// the campaign was interrupted.
pub const INTERRUPTED_BEFORE_REDUCTION: &str =
    "not reduced: the campaign was interrupted before its turn";

/// One line of `reductions.jsonl`: the outcome of reducing one signature group.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ReductionRecord {
    /// The group's fingerprint (`Fingerprint::hash`).
    pub signature: String,
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

/// Signature groups waiting for a reducer, first come first served.
#[derive(Debug, Default)]
pub struct Queue {
    state: Mutex<(VecDeque<Bucket>, bool)>,
    changed: Condvar,
}

impl Queue {
    pub fn push(&self, group: Bucket) {
        self.state
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .0
            .push_back(group);
        self.changed.notify_one();
    }

    /// Replaces the waiting entry of `group`'s signature when `group` now has a shorter
    /// program, so a reduction starts from the shortest program seen before its turn.
    pub fn refresh(&self, group: &Bucket) {
        let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(entry) =
            s.0.iter_mut()
                .find(|e| e.key == group.key && group.best_program.len() < e.best_program.len())
        {
            entry.clone_from(group);
        }
    }

    /// The next group; `None` once the queue is closed and empty.
    pub fn pop(&self) -> Option<Bucket> {
        let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
        loop {
            if let Some(group) = s.0.pop_front() {
                return Some(group);
            }
            if s.1 {
                return None;
            }
            s = self.changed.wait(s).unwrap_or_else(|e| e.into_inner());
        }
    }

    /// No more groups will come; with `drain`, the waiting ones are dropped too (their groups
    /// stay unreduced).
    pub fn close(&self, drain: bool) {
        let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
        s.1 = true;
        if drain {
            s.0.clear();
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
        };
        Bucket {
            fingerprint: key.hash(),
            key,
            count: 1,
            first_case: id,
            best_program: String::new(),
            version: crate::version::PyVersion::PY312,
            diff: String::new(),
            outcomes: Vec::new(),
            drift: Vec::new(),
            reduced: None,
            unreduced: None,
            known: None,
            signatures: Vec::new(),
        }
    }

    #[test]
    fn a_closed_queue_ends_its_readers() {
        let queue = Queue::default();
        std::thread::scope(|scope| {
            let reader = scope.spawn(|| {
                let mut n = 0;
                while queue.pop().is_some() {
                    n += 1;
                }
                n
            });
            for id in 0..3 {
                queue.push(group(id));
            }
            queue.close(false);
            assert_eq!(reader.join().expect("reader"), 3);
        });
        // A waiting group starts from the shortest program seen before its turn.
        let mut long = group(5);
        long.best_program = "a = 1\nb = 2\n".into();
        let mut short = long.clone();
        short.best_program = "a = 1\n".into();
        let mut longer = long.clone();
        longer.best_program = "a = 1\nb = 2\nc = 3\n".into();
        let reopened = Queue::default();
        reopened.push(long);
        reopened.refresh(&short);
        reopened.refresh(&longer);
        reopened.close(false);
        assert_eq!(
            reopened.pop().map(|g| g.best_program),
            Some(short.best_program)
        );
        assert!(reopened.pop().is_none());
        queue.push(group(9));
        queue.close(true);
        assert!(queue.pop().is_none(), "drained");
    }
}
