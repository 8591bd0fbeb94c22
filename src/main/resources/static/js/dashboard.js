// Draws the certification chart from the figures the page already shows in its table (data-chart attribute).
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('certification-chart');
  if (!element || !window.echarts) {
    return;
  }
  var data = JSON.parse(element.getAttribute('data-chart'));
  element.classList.add('chart-tall');
  element.style.height = Math.max(320, 26 * data.agencies.length + 80) + 'px';
  var chart = window.echarts.init(element, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 60, top: 30, bottom: 10, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: data.agencies, inverse: true, axisLabel: { width: 200, overflow: 'truncate' } },
    series: [
      { name: element.getAttribute('data-certified'), type: 'bar', stack: 'posts', data: data.certified, itemStyle: { color: '#1f7a3d' } },
      { name: element.getAttribute('data-uncertified'), type: 'bar', stack: 'posts', data: data.uncertified, itemStyle: { color: '#b3261e' },
        label: { show: true, position: 'right', formatter: function (p) { return data.rates[p.dataIndex].toFixed(1) + '%'; } } }
    ]
  });
  element.setAttribute('data-rendered', 'true');
  window.addEventListener('resize', function () { chart.resize(); });
});
