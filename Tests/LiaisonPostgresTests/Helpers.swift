import NIOPosix

enum NIOThreadPoolForTests {
    static func make() -> NIOThreadPool {
        let pool = NIOThreadPool(numberOfThreads: 1)
        pool.start()
        return pool
    }
}
