package extract

import ()

var approxPrefixes = []string{"约", "近", "超过", "超", "逾", "将近", "接近", "大约", "约为", "不足", "不到", "不少于", "多达", "约合", "折合约"}
