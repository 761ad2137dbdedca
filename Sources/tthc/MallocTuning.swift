#if os(Linux)
    import CMalloc
#endif

/// glibc maps a large block on its own (and gives it back when freed) only above a threshold that
/// it raises, up to 32 MiB, each time such a block is freed: after the first large array a run
/// drops, arrays of up to 32 MiB come from the heap, whose freed holes stay resident. On a national
/// catalog (34 copies) lint's peak memory then varied from 997 to 1,054 MB between runs of the same
/// input; with the threshold held at glibc's starting value (128 KiB) it was 970 MB each time.
enum MallocTuning {
    static func holdMmapThreshold() {
        #if os(Linux)
            _ = mallopt(M_MMAP_THRESHOLD, 128 * 1024)
        #endif
    }
}
