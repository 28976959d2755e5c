import os
fd = os.open("_pystm_tmp_osfd.txt", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b"hello fd"))
os.close(fd)
fd = os.open("_pystm_tmp_osfd.txt", os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
os.close(fd)
os.chmod("_pystm_tmp_osfd.txt", 0o600)
print(oct(os.stat("_pystm_tmp_osfd.txt").st_mode & 0o777))
os.utime("_pystm_tmp_osfd.txt", (1000000000, 1000000000))
print(os.stat("_pystm_tmp_osfd.txt").st_mtime, os.path.getmtime("_pystm_tmp_osfd.txt"))
os.remove("_pystm_tmp_osfd.txt")
try:
    os.close(9999)
except OSError as e:
    print(type(e).__name__, e)
try:
    os.open("nope/x", os.O_RDONLY)
except OSError as e:
    print(type(e).__name__, e)
import sys; sys.stdout.flush()
print(os.system("exit 3"), os.system("true"))
