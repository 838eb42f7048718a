#include "build_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace ks::indexer {

namespace {

// Whether `fd` is still the file at `path`: another run may have removed it and made a new one meanwhile.
bool still_the_file_at(int fd, const std::string& path)
{
    struct stat held {};
    struct stat named {};
    return ::fstat(fd, &held) == 0 && ::stat(path.c_str(), &named) == 0 && held.st_ino == named.st_ino &&
           held.st_dev == named.st_dev;
}

}  // namespace

BuildLock::BuildLock(const std::string& db_path) : path_(db_path + ".lock")
{
    for (;;) {
        fd_ = ::open(path_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (fd_ < 0) {
            throw std::runtime_error("cannot create '" + path_ + "': " + std::strerror(errno));
        }
        if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
            ::close(fd_);
            throw std::runtime_error("index '" + db_path + "' is locked: another indexer is writing to it");
        }
        if (still_the_file_at(fd_, path_)) {
            return;
        }
        ::close(fd_);  // the run that held it removed it as we took it: take the new one
    }
}

BuildLock::~BuildLock()
{
    ::unlink(path_.c_str());  // while still held, so that no one takes the file being removed
    ::close(fd_);
}

}  // namespace ks::indexer
