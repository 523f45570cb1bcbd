(function(){
  function marksOf(id){return document.querySelectorAll('mark[data-f~="'+id+'"]');}
  function setActive(ids,on){ids.forEach(function(id){
    marksOf(id).forEach(function(m){m.classList.toggle('active',on);});
    var card=document.getElementById('f'+id);if(card){card.classList.toggle('active',on);}
  });}
  document.querySelectorAll('mark[data-f]').forEach(function(m){
    var ids=m.dataset.f.split(' ');
    m.addEventListener('mouseenter',function(){setActive(ids,true);});
    m.addEventListener('mouseleave',function(){setActive(ids,false);});
    m.addEventListener('click',function(){var c=document.getElementById('f'+ids[0]);
      if(c){c.scrollIntoView({behavior:'smooth',block:'center'});}});
  });
  document.querySelectorAll('.finding').forEach(function(c){
    var ids=[c.dataset.f];
    c.addEventListener('mouseenter',function(){setActive(ids,true);});
    c.addEventListener('mouseleave',function(){setActive(ids,false);});
  });
  document.documentElement.classList.add('js');
})();
