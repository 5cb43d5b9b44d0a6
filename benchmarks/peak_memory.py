"""The source of `peak_kib()`, pasted into the scripts the benchmarks run in a fresh process
(benchmarks/run.py's start-up, benchmarks/csv_memory.py's export), which import nothing of ours first."""

PEAK_KIB = r"""
def peak_kib():
    # This process's own peak (VmHWM). ru_maxrss would do elsewhere, but on Linux it survives exec: a
    # child started by a parent that had grown (making the borough database) reports the parent's peak.
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
"""
